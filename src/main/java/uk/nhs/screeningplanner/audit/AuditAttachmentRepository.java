package uk.nhs.screeningplanner.audit;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Insert and read only, like the entries they belong to. */
interface AuditAttachmentRepository extends Repository<AuditAttachment, Long> {

  AuditAttachment save(AuditAttachment attachment);

  Optional<AuditAttachment> findById(Long auditEntryId);
}
