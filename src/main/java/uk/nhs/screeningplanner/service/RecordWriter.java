package uk.nhs.screeningplanner.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import uk.nhs.screeningplanner.audit.AuditAction;
import uk.nhs.screeningplanner.audit.AuditLog;
import uk.nhs.screeningplanner.audit.ChangeSummary;
import uk.nhs.screeningplanner.shared.ConcurrentEditException;
import uk.nhs.screeningplanner.shared.NotFoundException;
import uk.nhs.screeningplanner.shared.ValidationException;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/**
 * The one way reference data is written: validate, refuse a stale edit, save, and record a readable
 * summary in the audit trail. Callers hold the transaction.
 */
@Component
class RecordWriter {

  private final Validator validator;
  private final AuditLog audit;

  RecordWriter(Validator validator, AuditLog audit) {
    this.validator = validator;
    this.audit = audit;
  }

  <T extends VersionedEntity> T save(
      T incoming, JpaRepository<T, Long> repository, String type, Function<T, String> label) {
    validate(incoming);
    try {
      if (incoming.isNew()) {
        T saved = repository.saveAndFlush(incoming);
        audit.record(AuditAction.CREATE, type, saved.getId(), "Created " + label.apply(saved));
        return saved;
      }
      T current = existing(repository, incoming.getId(), type);
      if (current.getVersion() != incoming.getVersion()) {
        throw new ConcurrentEditException(capitalised(type) + " " + label.apply(current));
      }
      String changes = ChangeSummary.between(current, incoming);
      T saved = repository.saveAndFlush(incoming);
      audit.record(
          AuditAction.UPDATE,
          type,
          saved.getId(),
          "Changed " + label.apply(saved) + ": " + changes);
      return saved;
    } catch (ObjectOptimisticLockingFailureException e) {
      throw new ConcurrentEditException(capitalised(type) + " " + label.apply(incoming));
    }
  }

  <T extends VersionedEntity> void delete(
      Long id,
      long version,
      JpaRepository<T, Long> repository,
      String type,
      Function<T, String> label) {
    T current = existing(repository, id, type);
    if (current.getVersion() != version) {
      throw new ConcurrentEditException(capitalised(type) + " " + label.apply(current));
    }
    repository.delete(current);
    repository.flush();
    audit.record(AuditAction.DELETE, type, id, "Deleted " + label.apply(current));
  }

  void validate(Object record) {
    Set<ConstraintViolation<Object>> violations = validator.validate(record);
    if (!violations.isEmpty()) {
      List<String> problems =
          violations.stream()
              .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
              .map(v -> fieldName(v.getPropertyPath().toString()) + ": " + v.getMessage())
              .toList();
      throw new ValidationException(problems);
    }
  }

  static <T extends VersionedEntity> T existing(
      JpaRepository<T, Long> repository, Long id, String type) {
    return repository
        .findById(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "That "
                        + type
                        + " no longer exists (id "
                        + id
                        + "); someone may have deleted it. Reload the page."));
  }

  private static String fieldName(String path) {
    String words = path.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return capitalised(words);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
