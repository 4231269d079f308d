package uk.nhs.screeningplanner.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A file kept with an audit entry, e.g. the records an import removed, as they were. */
@Entity
@Immutable
@Table(name = "audit_attachment")
class AuditAttachment {

  @Id private Long auditEntryId;

  private byte[] content;

  protected AuditAttachment() {}

  AuditAttachment(Long auditEntryId, byte[] content) {
    this.auditEntryId = auditEntryId;
    this.content = content;
  }

  byte[] content() {
    return content;
  }
}
