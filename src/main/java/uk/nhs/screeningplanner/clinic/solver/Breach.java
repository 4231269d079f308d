package uk.nhs.screeningplanner.clinic.solver;

import java.time.LocalDate;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a rule is broken, in words a manager reads in the "Why?" panel and the score sheet.
 *
 * @param person the staff member concerned, or empty when the breach is about a session
 * @param date the day it happens (the Monday for a weekly rule)
 * @param description one plain-English sentence
 * @param assignmentId the position concerned, for an empty position's reasons; null otherwise
 */
public record Breach(String person, LocalDate date, String description, Long assignmentId)
    implements ConstraintJustification {

  public Breach(String person, LocalDate date, String description) {
    this(person, date, description, null);
  }
}
