package uk.nhs.screeningplanner.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The reading and assessment flow against hand-computed cases (issue #14 "Tests"). */
class PathwaySimulationTest {

  /** No arbitration, no AI, no technical recall, no assessment: two reads a case. */
  private static final PathwayRates PLAIN = new PathwayRates(0, -1, 0.819, 0, 7, 0, 14, 21);

  private static double[][] screens(int days, double perDay) {
    double[][] s = new double[days][Quintiles.COUNT];
    for (double[] day : s) {
      day[3] = perDay;
    }
    return s;
  }

  private static double[] constant(int days, double value) {
    double[] a = new double[days];
    Arrays.fill(a, value);
    return a;
  }

  @Test
  void demandEqualToCapacityKeepsEveryQueueFlat() {
    // 100 screens a day, 200 reads a day: first read the next day, second read the day after
    PathwayOutcome out =
        PathwaySimulation.run(screens(60, 100), constant(60, 200), constant(60, 0), PLAIN);
    for (int d = 2; d < 60; d++) {
      assertThat(out.firstRead()[d]).isCloseTo(100, within(1e-9));
      assertThat(out.secondRead()[d]).isCloseTo(100, within(1e-9));
      assertThat(out.readsDone()[d]).isCloseTo(200, within(1e-9));
      assertThat(out.oldestReadingAge()[d]).isEqualTo(1);
      assertThat(Quintiles.sum(out.results()[d])).isCloseTo(100, within(1e-9));
      assertThat(Quintiles.sum(out.resultsWithin()[d])).isCloseTo(100, within(1e-9));
    }
  }

  @Test
  void aQueueFedFasterThanItIsServedGrowsByTheDifferenceEachDay() {
    // 100 cases a day need 200 reads; 160 reads a day leaves 40 reads (20 cases' worth) a day
    PathwayOutcome out =
        PathwaySimulation.run(screens(40, 100), constant(40, 160), constant(40, 0), PLAIN);
    for (int d = 10; d < 40; d++) {
      assertThat(out.readsOutstanding()[d] - out.readsOutstanding()[d - 1])
          .isCloseTo(40, within(1e-6));
    }
  }

  @Test
  void twoWeeksWithoutReadersBuildsTheLostCapacityThenReliefClearsItOnTime() {
    int days = 120;
    double[] capacity = constant(days, 200);
    for (int d = 20; d < 34; d++) {
      capacity[d] = 0; // two weeks lost: 14 × 200 reads
    }
    double steady = 300; // end of day: 100 awaiting first read (2 reads) + 100 awaiting second
    // relief: bring the queue back to the steady 300 in 28 days while 200 reads a day arrive
    double queueAfterLoss = steady + 14 * 200;
    double relief = QueueMaths.reliefCapacity(200, queueAfterLoss, steady, 28);
    assertThat(relief).isEqualTo(300);
    for (int d = 34; d < days; d++) {
      capacity[d] = relief;
    }
    PathwayOutcome out =
        PathwaySimulation.run(screens(days, 100), capacity, constant(days, 0), PLAIN);
    assertThat(out.readsOutstanding()[19]).isCloseTo(steady, within(1e-6));
    assertThat(out.readsOutstanding()[33]).isCloseTo(queueAfterLoss, within(1e-6));
    // while the backlog is large, every relief read is used: 100 reads a day come off it
    assertThat(out.readsOutstanding()[33 + 14]).isCloseTo(queueAfterLoss - 1400, within(1e-6));
    assertThat(out.readsOutstanding()[33 + 28]).isCloseTo(steady, within(1e-6));
  }

  @Test
  void aiSecondReaderHalvesHumanReadsLessTheArbitrationShare() {
    PathwayRates standard = new PathwayRates(0.04, -1, 0.819, 0, 7, 0, 14, 21);
    PathwayRates ai = new PathwayRates(0.04, 0, 0.819, 0, 7, 0, 14, 21);
    assertThat(standard.humanReadsPerCase(0)).isCloseTo(2.04, within(1e-12));
    assertThat(ai.humanReadsPerCase(0)).isCloseTo(1.181, within(1e-12));
    int days = 200;
    double[][] screens = screens(days, 100);
    for (int d = 190; d < days; d++) {
      screens[d][3] = 0; // 19,000 cases, all read by the end
    }
    PathwayOutcome withAi =
        PathwaySimulation.run(screens, constant(days, 500), constant(days, 0), ai);
    PathwayOutcome without =
        PathwaySimulation.run(screens, constant(days, 500), constant(days, 0), standard);
    double readsAi = Arrays.stream(withAi.readsDone()).sum();
    double readsStandard = Arrays.stream(without.readsDone()).sum();
    // 19,000 cases × reads per case: 1 + (1 − 0.819) with the AI, 2 + 0.04 without
    assertThat(readsAi).isCloseTo(19000 * 1.181, within(1e-6));
    assertThat(readsStandard).isCloseTo(19000 * 2.04, within(1e-6));
    assertThat(readsAi / readsStandard).isCloseTo(1.181 / 2.04, within(1e-9));
    // arbitration queue fed only by disagreements with the AI
    assertThat(withAi.secondRead()[days - 1]).isZero();
  }

  @Test
  void littlesLawHoldsOnASteadyStateRun() {
    int days = 400;
    double[][] screens = new double[days][Quintiles.COUNT];
    for (int d = 0; d < days; d++) {
      screens[d][1] = 60 + 40 * ((d * 7) % 5) / 4.0; // a repeating pattern, mean 80
    }
    double[] capacity = constant(days, 190);
    PathwayRates rates = new PathwayRates(0.04, -1, 0.819, 0, 7, 0, 14, 21);
    PathwayOutcome out = PathwaySimulation.run(screens, capacity, constant(days, 0), rates);
    int from = 100;
    double queue = 0;
    double results = 0;
    double ages = 0;
    for (int d = from; d < days; d++) {
      queue += Quintiles.sum(out.readingBacklog()[d]);
      results += Quintiles.sum(out.results()[d]);
      ages += out.resultAgeDays()[d];
    }
    double meanQueue = queue / (days - from); // L: cases waiting at the end of a day
    double throughput = results / (days - from); // λ: results a day
    double meanWait = ages / results; // W: days from screening to result, from each result's age
    assertThat(meanWait).isGreaterThan(1.5);
    assertThat(meanQueue).isCloseTo(throughput * meanWait, within(meanQueue * 0.01));
    // and the standard's result ages agree: everything within 14 days at this load
    assertThat(out.oldestReadingAge()[days - 1]).isLessThanOrEqualTo(3);
  }

  @Test
  void recalledWomenWaitForAssessmentAppointmentsOldestFirst() {
    // 100 results a day, 5% recalled: 5 a day; 3 appointments a day lets 2 a day build up
    PathwayRates rates = new PathwayRates(0, -1, 0.819, 0, 7, 0.05, 14, 21);
    int days = 50;
    PathwayOutcome out =
        PathwaySimulation.run(screens(days, 100), constant(days, 1000), constant(days, 3), rates);
    for (int d = 20; d < days; d++) {
      assertThat(
              Quintiles.sum(out.assessmentWaiting()[d])
                  - Quintiles.sum(out.assessmentWaiting()[d - 1]))
          .isCloseTo(2, within(1e-6));
    }
    // ages grow: a woman offered on day d was screened ever longer ago
    assertThat(out.oldestAssessmentAge()[days - 1]).isGreaterThan(out.oldestAssessmentAge()[20]);
  }
}
