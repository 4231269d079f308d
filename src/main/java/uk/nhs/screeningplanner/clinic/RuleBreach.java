package uk.nhs.screeningplanner.clinic;

import java.time.LocalDate;

/**
 * One broken rule, for the "Why?" panel and the score sheet.
 *
 * @param level Hard, Medium or Soft
 * @param penalty the score this breach costs at its level (positive for a reward)
 * @param person who it concerns, or empty for a session or van
 */
public record RuleBreach(
    String rule, String level, long penalty, String person, LocalDate date, String description) {

  /** The same breach with more said about it. */
  public RuleBreach with(String more) {
    return new RuleBreach(rule, level, penalty, person, date, description + " " + more);
  }
}
