package uk.nhs.screeningplanner.shared;

/** Someone else saved the same record after this user loaded it; their change must not be lost. */
public class ConcurrentEditException extends RuntimeException {

  public ConcurrentEditException(String what) {
    super(
        what
            + " was changed by someone else after you opened it. Reload to see their change, then"
            + " make yours again.");
  }
}
