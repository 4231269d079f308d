package uk.nhs.screeningplanner.clinic;

import java.time.LocalDate;

/**
 * A position that differs from the published plan: who was published, who holds it now, and why
 * (issue #12: the diff says why each change was made).
 *
 * @param where the unit (or assessment clinic) and site
 * @param reason what happened to the published person and where the new one came from
 */
public record PlanChange(
    LocalDate date,
    boolean morning,
    String where,
    Position position,
    String published,
    String now,
    String reason) {

  public String half() {
    return morning ? "AM" : "PM";
  }
}
