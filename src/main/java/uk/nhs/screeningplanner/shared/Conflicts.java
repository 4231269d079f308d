package uk.nhs.screeningplanner.shared;

import java.sql.SQLException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Recognises a change that clashed with another made at the same moment: an optimistic-lock failure
 * (someone saved the same record first), a lock or serialisation failure, or a unique-key violation
 * (someone added the same record first). The database refused it and rolled it back, so nothing was
 * changed: it is a conflict (409 on the API, a "try again" on the pages), never a server error.
 */
public final class Conflicts {

  /** SQL state of a unique-key violation, the same on PostgreSQL and H2. */
  static final String UNIQUE_VIOLATION = "23505";

  private Conflicts() {}

  public static boolean isConflict(Throwable problem) {
    for (Throwable t = problem; t != null; t = t.getCause()) {
      if (t instanceof ConcurrencyFailureException
          || t instanceof DuplicateKeyException
          || t instanceof jakarta.persistence.OptimisticLockException
          || t instanceof jakarta.persistence.PessimisticLockException
          || t instanceof org.hibernate.StaleStateException) {
        return true;
      }
      if (t instanceof DataIntegrityViolationException && isUniqueViolation(t)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static boolean isUniqueViolation(Throwable problem) {
    for (Throwable t = problem; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** What a person reads when their change clashed with another. */
  public static final String MESSAGE =
      "Someone else changed the same data at the same moment, so nothing was changed. Reload to"
          + " see their change, then make yours again.";
}
