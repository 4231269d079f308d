package uk.nhs.screeningplanner.planning;

import java.time.LocalDate;

/**
 * One half-day of one person taken by a plan: a clinic session, a reading session. A person's
 * half-day is booked once across all plans (issue #12), so every planner reads the others'
 * bookings: published ones block the half-day, draft ones are shown as warnings.
 *
 * @param plan the plan that books it, as a user reads it ("clinic schedule", "reader roster")
 * @param what what the person does then, e.g. "reading" or "at Mobile unit 2, Tesco Yeovil"
 * @param published whether the booking is in the plan in force (else only in a draft)
 */
public record Booking(
    long staffId, LocalDate date, boolean morning, String plan, String what, boolean published) {

  /** Why the half-day is taken, e.g. "reading (published reader roster)". */
  public String reason() {
    return what + (published ? " (published " : " (draft ") + plan + ")";
  }

  /** The same number for the same person's half-day in every plan. */
  public long halfDay() {
    return date.toEpochDay() * 2 + (morning ? 0 : 1);
  }
}
