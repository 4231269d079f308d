package uk.nhs.screeningplanner.clinic;

import java.util.List;

/** A screening session on a van or in a static room, or an assessment clinic at a static site. */
public enum SessionKind {
  SCREENING("Screening", List.of(Position.LEAD, Position.SECOND, Position.THIRD)),
  ASSESSMENT(
      "Assessment clinic",
      List.of(Position.ASSESSOR, Position.ASSESSMENT_MAMMOGRAPHER, Position.BREAST_CARE_NURSE));

  private final String label;
  private final List<Position> positions;

  SessionKind(String label, List<Position> positions) {
    this.label = label;
    this.positions = positions;
  }

  public String label() {
    return label;
  }

  /** The positions such a session has, lead first. */
  public List<Position> positions() {
    return positions;
  }
}
