package uk.nhs.screeningplanner.clinic.domain;

/**
 * How a replan changed a published position (issue #12): people moving within a session disturb
 * less than people moving between sessions, and calling someone in for a half-day they were not
 * booked for disturbs most.
 */
public enum ChangeKind {
  NONE("unchanged"),
  SAME_SESSION("moves within the session"),
  OTHER_SESSION("moves from another session at the same time"),
  NEW_HALF_DAY("is booked for a half-day they were not published for"),
  EMPTIED("is left empty");

  private final String words;

  ChangeKind(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
