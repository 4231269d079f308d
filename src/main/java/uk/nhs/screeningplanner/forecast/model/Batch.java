package uk.nhs.screeningplanner.forecast.model;

import java.util.List;

/**
 * A practice's women due to be invited in one round (domain.md §1.4 batching): invited when a unit
 * visits its site, each day of the visit inviting an equal share, or as soon as capacity allows
 * when no visit is planned for it.
 *
 * @param practice the practice code, for reports
 * @param quintile IMD quintile index (0 unknown, 1 most deprived … 5)
 * @param women women to invite
 * @param attenders of whom expected to attend (each cohort × its uptake, domain.md §2.4)
 * @param dueDay day index of the due date (last first offered appointment + round), may be < 0
 * @param unit index of the unit whose visit invites them, or -1 for the service pool
 * @param releaseDays day indices over which the women are offered appointments (a visit's open
 *     days); empty means all on {@code max(dueDay, 0)}
 * @param prevalentShare share of attenders on their first screen (first call), for the recall rate
 */
public record Batch(
    String practice,
    int quintile,
    double women,
    double attenders,
    int dueDay,
    int unit,
    List<Integer> releaseDays,
    double prevalentShare) {

  public Batch {
    releaseDays = List.copyOf(releaseDays);
  }

  /** Expected attenders per woman invited. */
  double attendRatio() {
    return women <= 0 ? 0 : attenders / women;
  }
}
