package uk.nhs.screeningplanner.forecast.model;

import java.util.List;

/**
 * What the screening simulation produced, day by day: screens by quintile (the reading pathway's
 * input), invitations, slots, demand released and women overdue; and per batch whether its women
 * were invited by their due date (round length, domain.md §1.5).
 */
public record ScreeningOutcome(
    double[][] screens,
    double[] invited,
    double[] slots,
    double[] demand,
    double[][] overdue,
    double[] waiting,
    List<BatchResult> batches) {

  /**
   * One batch's outcome: its due day, women, how many were invited on or before the due day, and
   * the day its last woman was invited (-1 if some are still waiting at the end).
   */
  public record BatchResult(
      String practice,
      int quintile,
      int dueDay,
      double women,
      double invitedByDue,
      double invited,
      int lastInviteDay) {}
}
