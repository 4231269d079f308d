package uk.nhs.screeningplanner.roster.domain;

/** A reading session of the day: morning, afternoon, or (when the roster allows) evening. */
public enum SessionPart {
  AM("Morning"),
  PM("Afternoon"),
  EVENING("Evening");

  private final String label;

  SessionPart(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
