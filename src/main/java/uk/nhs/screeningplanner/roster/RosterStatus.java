package uk.nhs.screeningplanner.roster;

/** A roster is a draft until published; a replan turns a published roster back into a draft. */
public enum RosterStatus {
  DRAFT("Draft"),
  PUBLISHED("Published");

  private final String label;

  RosterStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
