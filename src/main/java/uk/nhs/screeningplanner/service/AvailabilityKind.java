package uk.nhs.screeningplanner.service;

/** Unavailable is a hard rule for every planner; undesired and desired are preferences. */
public enum AvailabilityKind {
  UNAVAILABLE("Unavailable"),
  UNDESIRED("Prefers not"),
  DESIRED("Prefers to work");

  private final String label;

  AvailabilityKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
