package uk.nhs.screeningplanner.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Invitations and screens against hand-computed cases (issue #14 "Tests"). */
class ScreeningSimulationTest {

  private static int[] noNextRound(int days) {
    return IntStream.range(0, days).map(d -> Integer.MAX_VALUE).toArray();
  }

  @Test
  void aVisitInvitesTheMostOverduePracticeFirstAndScreensByUptake() {
    // two practices at one visit from day 0, 100 slots a day: 1,000 women (700 attend) due on day
    // 20 and 500 women (all attend) due on day 3, so invited first
    Batch later = new Batch("A00001", 2, 1000, 700, 20, 0, 0, 0.2);
    Batch sooner = new Batch("B00001", 4, 500, 500, 3, 0, 0, 0.2);
    double[][] unit = new double[1][30];
    for (int d = 0; d < 20; d++) {
      unit[0][d] = 100;
    }
    ScreeningOutcome out =
        ScreeningSimulation.run(
            new ScreeningInput(
                30, List.of(later, sooner), unit, new double[30], 30, noNextRound(30), 0));
    for (int d = 0; d < 5; d++) {
      assertThat(out.screens()[d][4]).isCloseTo(100, within(1e-9));
      assertThat(out.invited()[d]).isCloseTo(100, within(1e-9));
    }
    // then 100 slots a day invite 100 / 0.7 women of the other practice: 7 days for 700 screens
    for (int d = 5; d < 12; d++) {
      assertThat(out.screens()[d][2]).isCloseTo(100, within(1e-9));
      assertThat(out.invited()[d]).isCloseTo(1000 / 7.0, within(1e-9));
    }
    assertThat(out.batches().get(1).invitedByDue()).isCloseTo(400, within(1e-6));
    assertThat(out.batches().get(1).lastInviteDay()).isEqualTo(4);
    assertThat(out.batches().get(0).invitedByDue()).isCloseTo(1000, within(1e-6));
    assertThat(out.batches().get(0).lastInviteDay()).isEqualTo(11);
    assertThat(out.overdue()[3][4]).isCloseTo(100, within(1e-6));
    assertThat(out.overdue()[4][4]).isCloseTo(0, within(1e-6));
  }

  @Test
  void aVanOutForAMonthDelaysExactlyItsPractices() {
    // two vans, each visiting one practice over days 0–59 with 20 slots a day;
    // van 0 is out on days 0–29, so its practice is invited over days 30–59 instead of 0–29
    int days = 120;
    Batch a = new Batch("A00001", 1, 600, 600, 59, 0, 0, 0);
    Batch b = new Batch("B00001", 5, 600, 600, 59, 1, 0, 0);
    double[][] baseline = new double[2][days];
    for (int u = 0; u < 2; u++) {
      for (int d = 0; d < 60; d++) {
        baseline[u][d] = 20;
      }
    }
    double[][] vanOut = {baseline[0].clone(), baseline[1].clone()};
    for (int d = 0; d < 30; d++) {
      vanOut[0][d] = 0;
    }
    ScreeningOutcome before =
        ScreeningSimulation.run(
            new ScreeningInput(
                days, List.of(a, b), baseline, new double[days], days, noNextRound(days), 0));
    ScreeningOutcome after =
        ScreeningSimulation.run(
            new ScreeningInput(
                days, List.of(a, b), vanOut, new double[days], days, noNextRound(days), 0));
    // practice B's invitations are exactly as before
    for (int d = 0; d < days; d++) {
      assertThat(after.screens()[d][5]).isCloseTo(before.screens()[d][5], within(1e-9));
    }
    // practice A: exactly 30 days later
    assertThat(before.batches().get(0).lastInviteDay()).isEqualTo(29);
    assertThat(after.batches().get(0).lastInviteDay()).isEqualTo(59);
    for (int d = 0; d < 30; d++) {
      assertThat(after.screens()[d + 30][1]).isCloseTo(before.screens()[d][1], within(1e-9));
      assertThat(after.screens()[d][1]).isZero();
    }
    assertThat(after.waiting()[29]).isCloseTo(600, within(1e-6));
    // it still finishes by its due date because the van had spare weeks
    assertThat(after.batches().get(0).invitedByDue()).isCloseTo(600, within(1e-6));
  }

  @Test
  void womenAVisitCannotReachAreOverdueAndCarryToThePool() {
    // 500 women due on day 5 at a visit on days 0–4 with 50 slots a day: 250 left over
    int days = 40;
    Batch b = new Batch("A00001", 3, 500, 500, 5, 0, 0, 0);
    double[][] unit = new double[1][days];
    for (int d = 0; d < 5; d++) {
      unit[0][d] = 50;
    }
    double[] pool = new double[days];
    for (int d = 20; d < days; d++) {
      pool[d] = 25;
    }
    ScreeningOutcome out =
        ScreeningSimulation.run(
            new ScreeningInput(days, List.of(b), unit, pool, 20, noNextRound(days), 0));
    assertThat(out.overdue()[4][3]).isCloseTo(0, within(1e-6));
    assertThat(out.overdue()[5][3]).isCloseTo(250, within(1e-6));
    assertThat(out.overdue()[19][3]).isCloseTo(250, within(1e-6));
    // the pool takes the carried-over women from day 20, 25 a day: all invited by day 29
    assertThat(out.overdue()[29][3]).isCloseTo(0, within(1e-6));
    assertThat(out.batches().get(0).invitedByDue()).isCloseTo(250, within(1e-6));
    assertThat(out.batches().get(0).lastInviteDay()).isEqualTo(29);
  }

  @Test
  void aBatchFullyInvitedFallsDueAgainOneRoundAfterItsFirstInvitation() {
    int days = 30;
    int[] round = IntStream.range(0, days).map(d -> d + 10).toArray();
    Batch b = new Batch("A00001", 4, 100, 50, 0, -1, 0, 0);
    double[] pool = new double[days];
    java.util.Arrays.fill(pool, 100);
    ScreeningOutcome out =
        ScreeningSimulation.run(
            new ScreeningInput(days, List.of(b), new double[0][], pool, 0, round, 3));
    List<ScreeningOutcome.BatchResult> all = new ArrayList<>(out.batches());
    // first invited on day 0, due again on day 10 (released 3 days early), then day 17
    // first invited on day 0, due again on day 10, then day 20
    assertThat(all).extracting(ScreeningOutcome.BatchResult::dueDay).containsExactly(0, 10, 17, 24);
    assertThat(out.invited()[7]).isCloseTo(100, within(1e-9));
    assertThat(out.invited()[14]).isCloseTo(100, within(1e-9));
  }
}
