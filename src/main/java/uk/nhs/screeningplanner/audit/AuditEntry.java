package uk.nhs.screeningplanner.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One change made by one person. Immutable: the trail is append-only. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Instant occurredAt;

  private String username;

  @Enumerated(EnumType.STRING)
  private AuditAction action;

  private String entityType;

  private String entityId;

  private String summary;

  /** The name of the file kept with this entry, or null when there is none. */
  private String attachmentName;

  protected AuditEntry() {}

  AuditEntry(
      Instant occurredAt,
      String username,
      AuditAction action,
      String entityType,
      String entityId,
      String summary) {
    this.occurredAt = occurredAt;
    this.username = username;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.summary = summary.length() > 4000 ? summary.substring(0, 3997) + "..." : summary;
  }

  AuditEntry withAttachmentName(String name) {
    this.attachmentName = name;
    return this;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getUsername() {
    return username;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getSummary() {
    return summary;
  }

  public String getAttachmentName() {
    return attachmentName;
  }
}
