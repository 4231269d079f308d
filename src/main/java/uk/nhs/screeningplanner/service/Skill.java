package uk.nhs.screeningplanner.service;

/** Staff skills (design.md Domain; domain.md §2.3, §3.1, §4). */
public enum Skill {
  MAMMOGRAPHER("Mammographer"),
  ASSISTANT_PRACTITIONER("Assistant practitioner"),
  READER("Image reader"),
  ARBITRATOR("Arbitrator"),
  ASSESSOR("Assessor"),
  BREAST_CARE_NURSE("Breast care nurse");

  private final String label;

  Skill(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
