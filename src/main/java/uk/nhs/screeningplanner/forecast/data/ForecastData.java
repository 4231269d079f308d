package uk.nhs.screeningplanner.forecast.data;

import java.time.LocalDate;
import java.util.List;
import uk.nhs.screeningplanner.forecast.model.Batch;
import uk.nhs.screeningplanner.forecast.model.PathwayRates;

/**
 * The baseline inputs of a forecast, read from the database at one moment: batches, screening slots
 * per unit per day, reading capacity per day, the rates from the settings, and what a scenario
 * needs to change them. Arrays are indexed by day from {@code start}; scenarios copy them.
 *
 * @param unitSlots slots per unit per day from the unit calendar (the published clinic plan's
 *     filled sessions where it covers the day)
 * @param unitStandard each unit's standard throughput per working day beyond the calendar
 * @param poolFrom first day after the unit calendar
 * @param extraPoolSlots published-plan slots on days the calendar has none
 * @param workingDay 1 on Monday to Friday except bank holidays, else 0
 * @param readsCapacity human reads per day: the published reader roster where it covers the day,
 *     else readers' job-planned reading sessions × their rate, less recorded leave
 * @param readsPerSession human reads in one reading session at the service's reads-per-hour
 * @param earlyDays the early-invitation window in days: beyond the calendar women are invited from
 *     this long before their due date as capacity allows
 * @param eveningSlots slots of one extra screening session (the PM session length, one lane)
 */
public record ForecastData(
    LocalDate start,
    int days,
    String serviceName,
    List<Batch> batches,
    List<Unit> units,
    double[][] unitSlots,
    double[] unitStandard,
    int poolFrom,
    double[] extraPoolSlots,
    int[] roundDays,
    int earlyDays,
    double[] workingDay,
    double[] readsCapacity,
    double readsPerSession,
    double eveningSlots,
    double assessmentSlotsPerClinic,
    PathwayRates rates,
    double roundAcceptablePct,
    double roundAchievablePct,
    int readers,
    LocalDate rosterFrom,
    LocalDate rosterTo,
    LocalDate clinicPlanFrom,
    LocalDate clinicPlanTo,
    LocalDate calendarEnd) {

  /** A screening unit the scenarios may take out. */
  public record Unit(long id, String code, String name) {}

  public int dayOf(LocalDate date) {
    return (int) (date.toEpochDay() - start.toEpochDay());
  }
}
