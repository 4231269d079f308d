package uk.nhs.screeningplanner.service;

/** Screening days split into AM and PM sessions (domain.md §2.2). */
public enum PartOfDay {
  AM("Morning"),
  PM("Afternoon"),
  ALL_DAY("All day");

  private final String label;

  PartOfDay(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
