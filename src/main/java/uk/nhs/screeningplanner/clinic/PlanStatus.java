package uk.nhs.screeningplanner.clinic;

/**
 * A plan is a draft until a service manager publishes it; any later change makes it a draft again.
 */
public enum PlanStatus {
  DRAFT("Draft"),
  PUBLISHED("Published");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
