package uk.nhs.screeningplanner.forecast.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One forecast run: the screening and pathway outcomes from a start date, and the figures read from
 * them (KPIs over a period, by IMD quintile, weekly series, relief capacity).
 */
public final class Forecast {

  private final LocalDate start;
  private final ScreeningOutcome screening;
  private final PathwayOutcome pathway;
  private final PathwayRates rates;

  public Forecast(
      LocalDate start, ScreeningOutcome screening, PathwayOutcome pathway, PathwayRates rates) {
    this.start = start;
    this.screening = screening;
    this.pathway = pathway;
    this.rates = rates;
  }

  /** Runs both simulations. */
  public static Forecast run(
      LocalDate start,
      ScreeningInput screeningInput,
      double[] readsCapacity,
      double[] assessmentCapacity,
      PathwayRates rates) {
    ScreeningOutcome screening = ScreeningSimulation.run(screeningInput);
    PathwayOutcome pathway =
        PathwaySimulation.run(screening.screens(), readsCapacity, assessmentCapacity, rates);
    return new Forecast(start, screening, pathway, rates);
  }

  public LocalDate start() {
    return start;
  }

  public int days() {
    return pathway.readsDone().length;
  }

  public ScreeningOutcome screening() {
    return screening;
  }

  public PathwayOutcome pathway() {
    return pathway;
  }

  public PathwayRates rates() {
    return rates;
  }

  /** Day index of a date (may be outside the run). */
  public int dayOf(LocalDate date) {
    return (int) (date.toEpochDay() - start.toEpochDay());
  }

  /** Days in the first {@code months} months of the run (capped at the run's length). */
  public int daysIn(int months) {
    return Math.min(days(), dayOf(start.plusMonths(months)));
  }

  /** The service's KPIs over the first {@code months} months. */
  public Kpis kpis(int months) {
    return kpis(months, -1);
  }

  /** The KPIs over the first {@code months} months for one IMD quintile index (-1: all). */
  public Kpis kpis(int months, int quintile) {
    int end = daysIn(months);
    int last = end - 1;
    double due = 0;
    double byDue = 0;
    for (ScreeningOutcome.BatchResult b : screening.batches()) {
      if (b.dueDay() < end && b.dueDay() >= 0 && matches(b.quintile(), quintile)) {
        due += b.women();
        byDue += b.invitedByDue();
      }
    }
    double peak = 0;
    int oldest = 0;
    double results = 0;
    double within = 0;
    double offered = 0;
    double offeredWithin = 0;
    double demand = 0;
    double slots = 0;
    double reads = 0;
    double readCapacity = 0;
    double recalls = 0;
    double assessmentCapacity = 0;
    for (int d = 0; d < end; d++) {
      peak = Math.max(peak, pick(pathway.readingBacklog()[d], quintile));
      oldest = Math.max(oldest, pathway.oldestReadingAge()[d]);
      results += pick(pathway.results()[d], quintile);
      within += pick(pathway.resultsWithin()[d], quintile);
      offered += pick(pathway.offered()[d], quintile);
      offeredWithin += pick(pathway.offeredWithin()[d], quintile);
      demand += screening.demand()[d];
      slots += screening.slots()[d];
      reads += pathway.readsDemand()[d];
      readCapacity += pathway.readsCapacity()[d];
      recalls += pathway.recalls()[d];
      assessmentCapacity += pathway.assessmentCapacity()[d];
    }
    return new Kpis(
        pct(byDue, due),
        last < 0 ? 0 : pick(screening.overdue()[last], quintile),
        last < 0 ? 0 : pick(pathway.readingBacklog()[last], quintile),
        peak,
        oldest,
        pct(within, results),
        last < 0 ? 0 : pick(pathway.assessmentWaiting()[last], quintile),
        pct(offeredWithin, offered),
        QueueMaths.load(demand, slots),
        QueueMaths.load(reads, readCapacity),
        QueueMaths.load(recalls, assessmentCapacity));
  }

  /** One queue's relief-capacity view at the end of a period (capacity and demand per week). */
  public record Relief(
      String queue,
      double demandPerWeek,
      double capacityPerWeek,
      double queueNow,
      double targetQueue,
      double reliefPerWeek,
      LocalDate targetDate) {}

  /**
   * For reading (in human reads) and assessment (in appointments): demand and capacity a week over
   * the first {@code months} months, the queue at its end, the target queue by Little's law from
   * the standard wait (14 and 21 days), and the capacity a week that brings the queue to target
   * {@code weeksToTarget} weeks later.
   */
  public List<Relief> relief(int months, int weeksToTarget) {
    int end = Math.max(1, daysIn(months));
    int last = end - 1;
    double reads = 0;
    double readCapacity = 0;
    double recalls = 0;
    double appointments = 0;
    for (int d = 0; d < end; d++) {
      reads += pathway.readsDemand()[d];
      readCapacity += pathway.readsCapacity()[d];
      recalls += pathway.recalls()[d];
      appointments += pathway.assessmentCapacity()[d];
    }
    LocalDate target = start.plusDays(end).plusWeeks(weeksToTarget);
    int days = weeksToTarget * 7;
    double readDemand = reads / end;
    double readTarget = QueueMaths.targetQueue(readDemand, rates.resultsWithinDays());
    double readQueue = pathway.readsOutstanding()[last];
    double recallDemand = recalls / end;
    double assessTarget = QueueMaths.targetQueue(recallDemand, rates.assessmentWithinDays());
    double assessQueue = Quintiles.sum(pathway.assessmentWaiting()[last]);
    return List.of(
        new Relief(
            "Reading (human reads)",
            readDemand * 7,
            readCapacity / end * 7,
            readQueue,
            readTarget,
            Math.max(0, QueueMaths.reliefCapacity(readDemand, readQueue, readTarget, days)) * 7,
            target),
        new Relief(
            "Assessment (appointments)",
            recallDemand * 7,
            appointments / end * 7,
            assessQueue,
            assessTarget,
            Math.max(0, QueueMaths.reliefCapacity(recallDemand, assessQueue, assessTarget, days))
                * 7,
            target));
  }

  /** A week of the run: queues at its last day, flows summed over it. */
  public record Week(
      LocalDate monday,
      double awaitingFirstRead,
      double awaitingSecondRead,
      double awaitingArbitration,
      int oldestReadingAge,
      double assessmentWaiting,
      double womenOverdue,
      double awaitingInvitation,
      double screened,
      double readsDemand,
      double readsCapacity,
      double results,
      double resultsWithin) {}

  /** The run week by week (Monday to Sunday; the first and last weeks may be part weeks). */
  public List<Week> weeks() {
    List<Week> weeks = new ArrayList<>();
    int d = 0;
    while (d < days()) {
      LocalDate date = start.plusDays(d);
      LocalDate monday = date.minusDays(date.getDayOfWeek().getValue() - 1L);
      int end = Math.min(days(), dayOf(monday.with(DayOfWeek.SUNDAY)) + 1);
      double screened = 0;
      double demand = 0;
      double capacity = 0;
      double results = 0;
      double within = 0;
      for (int i = d; i < end; i++) {
        screened += Quintiles.sum(screening.screens()[i]);
        demand += pathway.readsDemand()[i];
        capacity += pathway.readsCapacity()[i];
        results += Quintiles.sum(pathway.results()[i]);
        within += Quintiles.sum(pathway.resultsWithin()[i]);
      }
      int last = end - 1;
      weeks.add(
          new Week(
              monday,
              pathway.firstRead()[last],
              pathway.secondRead()[last],
              pathway.arbitration()[last],
              pathway.oldestReadingAge()[last],
              Quintiles.sum(pathway.assessmentWaiting()[last]),
              Quintiles.sum(screening.overdue()[last]),
              screening.waiting()[last],
              screened,
              demand,
              capacity,
              results,
              within));
      d = end;
    }
    return weeks;
  }

  /** Cases awaiting any read at the end of a day. */
  public double readingBacklog(int day) {
    return Quintiles.sum(pathway.readingBacklog()[day]);
  }

  private static boolean matches(int q, int quintile) {
    return quintile < 0 || q == quintile;
  }

  private static double pick(double[] byQuintile, int quintile) {
    return quintile < 0 ? Quintiles.sum(byQuintile) : byQuintile[quintile];
  }

  private static double pct(double part, double whole) {
    return whole <= 1e-9 ? Double.NaN : 100.0 * part / whole;
  }
}
