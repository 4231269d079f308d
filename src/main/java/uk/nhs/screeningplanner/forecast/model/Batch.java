package uk.nhs.screeningplanner.forecast.model;

/**
 * A practice's women due to be invited in one round (domain.md §1.4 batching): offered appointments
 * from the first day of the unit's visit to its site, most overdue practice first, or from the
 * release day as soon as the pool's capacity allows when no visit is planned for it.
 *
 * @param practice the practice code, for reports
 * @param quintile IMD quintile index (0 unknown, 1 most deprived … 5)
 * @param women women to invite
 * @param attenders of whom expected to attend (each cohort × its uptake, domain.md §2.4)
 * @param dueDay day index of the due date (last first offered appointment + round), may be < 0
 * @param unit index of the unit whose visit invites them, or -1 for the service pool
 * @param releaseDay day index from which the women are offered appointments (the visit's first open
 *     day, or the start of the early-invitation window before the due date)
 * @param prevalentShare share of attenders on their first screen (first call), for the recall rate
 */
public record Batch(
    String practice,
    int quintile,
    double women,
    double attenders,
    int dueDay,
    int unit,
    int releaseDay,
    double prevalentShare) {

  /** Expected attenders per woman invited. */
  double attendRatio() {
    return women <= 0 ? 0 : attenders / women;
  }
}
