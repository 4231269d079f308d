package uk.nhs.screeningplanner.roster.domain;

/** What a reader does in a reading session (domain.md §3.1). A session without a role is free. */
public enum ReadingRole {
  FIRST_READ("First read", "F"),
  SECOND_READ("Second read", "S"),
  ARBITRATION("Arbitration", "A");

  private final String label;
  private final String letter;

  ReadingRole(String label, String letter) {
    this.label = label;
    this.letter = letter;
  }

  public String label() {
    return label;
  }

  /** One letter for the grid and the wall chart, so the role never depends on colour alone. */
  public String letter() {
    return letter;
  }
}
