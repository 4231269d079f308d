package uk.nhs.screeningplanner.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail: who changed what, when. Entries join the caller's transaction, so a
 * change that rolls back leaves no entry and a change that commits always has one.
 */
@Service
public class AuditLog {

  static final String SYSTEM = "system";

  private final AuditEntryRepository entries;
  private final AuditAttachmentRepository attachments;
  private final Clock clock;

  AuditLog(AuditEntryRepository entries, AuditAttachmentRepository attachments, Clock clock) {
    this.entries = entries;
    this.attachments = attachments;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(AuditAction action, String entityType, Object entityId, String summary) {
    entries.save(
        new AuditEntry(
            Instant.now(clock),
            currentUsername(),
            action,
            entityType,
            entityId == null ? null : entityId.toString(),
            summary));
  }

  /**
   * Records a sign-in event (a failure, a lockout) for a person who is not signed in, in a
   * transaction of its own: {@code username} is the name that was tried.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordSignIn(AuditAction action, String username, String summary) {
    String who = username == null || username.isBlank() ? "(none)" : username.strip();
    entries.save(
        new AuditEntry(
            Instant.now(clock),
            who.length() > 64 ? who.substring(0, 64) : who,
            action,
            "sign-in",
            null,
            summary));
  }

  /**
   * Records a change with a file kept beside it, e.g. the records an import removed as they were,
   * downloadable from the audit log.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      AuditAction action,
      String entityType,
      Object entityId,
      String summary,
      String attachmentName,
      byte[] attachment) {
    AuditEntry entry =
        entries.save(
            new AuditEntry(
                    Instant.now(clock),
                    currentUsername(),
                    action,
                    entityType,
                    entityId == null ? null : entityId.toString(),
                    summary)
                .withAttachmentName(attachmentName));
    attachments.save(new AuditAttachment(entry.getId(), attachment));
  }

  /** The file kept with an entry, if it has one. */
  @RolesAllowed("ADMIN")
  @Transactional(readOnly = true)
  public Optional<byte[]> attachment(long entryId) {
    return attachments.findById(entryId).map(AuditAttachment::content);
  }

  @RolesAllowed("ADMIN")
  @Transactional(readOnly = true)
  public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
    return entries.findAll(matching(filter), pageable);
  }

  @RolesAllowed("ADMIN")
  @Transactional(readOnly = true)
  public long count(AuditFilter filter) {
    return entries.count(matching(filter));
  }

  /** The newest entries, for tests and the admin's first glance. */
  @RolesAllowed("ADMIN")
  @Transactional(readOnly = true)
  public List<AuditEntry> latest() {
    return entries.findTop50ByOrderByIdDesc();
  }

  /** Who is acting now: the signed-in user's name, or "system" for work nobody signed in for. */
  public static String currentUsername() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || auth.getName() == null ? SYSTEM : auth.getName();
  }

  private Specification<AuditEntry> matching(AuditFilter filter) {
    ZoneId zone = clock.getZone();
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (hasText(filter.username())) {
        where.add(cb.equal(root.get("username"), filter.username().trim()));
      }
      if (hasText(filter.entityType())) {
        where.add(cb.equal(root.get("entityType"), filter.entityType()));
      }
      if (filter.action() != null) {
        where.add(cb.equal(root.get("action"), filter.action()));
      }
      if (hasText(filter.text())) {
        String like = "%" + filter.text().trim().toLowerCase(Locale.ROOT) + "%";
        where.add(cb.like(cb.lower(root.get("summary")), like));
      }
      if (filter.from() != null) {
        Instant from = filter.from().atStartOfDay(zone).toInstant();
        where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
      }
      if (filter.to() != null) {
        Instant to = filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        where.add(cb.lessThan(root.get("occurredAt"), to));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
