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

  private static List<Integer> range(int from, int to) {
    return IntStream.range(from, to).boxed().toList();
  }

  @Test
  void aBatchIsInvitedOverItsVisitAndScreensByUptake() {
    // 1,000 women, 700 expected to attend, released over 10 days at a unit with 100 slots a day
    Batch b = new Batch("A00001", 2, 1000, 700, 9, 0, range(0, 10), 0.2);
    double[][] unit = new double[1][30];
    for (int d = 0; d < 10; d++) {
      unit[0][d] = 100;
    }
    ScreeningOutcome out =
        ScreeningSimulation.run(
            new ScreeningInput(30, List.of(b), unit, new double[30], 30, noNextRound(30)));
    for (int d = 0; d < 10; d++) {
      assertThat(out.invited()[d]).isCloseTo(100, within(1e-9));
      assertThat(out.screens()[d][2]).isCloseTo(70, within(1e-9));
    }
    ScreeningOutcome.BatchResult r = out.batches().get(0);
    assertThat(r.invitedByDue()).isCloseTo(1000, within(1e-6));
    assertThat(r.lastInviteDay()).isEqualTo(9);
    assertThat(out.overdue()[10][2]).isCloseTo(0, within(1e-6));
  }

  @Test
  void aVanOutForAMonthDelaysExactlyItsPractices() {
    // two vans, each visiting one practice over days 0–59 with 20 slots a day (half used);
    // van 0 is out on days 0–29 and catches up on its spare slots afterwards
    int days = 120;
    Batch a = new Batch("A00001", 1, 600, 600, 59, 0, range(0, 60), 0);
    Batch b = new Batch("B00001", 5, 600, 600, 59, 1, range(0, 60), 0);
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
                days, List.of(a, b), baseline, new double[days], days, noNextRound(days)));
    ScreeningOutcome after =
        ScreeningSimulation.run(
            new ScreeningInput(
                days, List.of(a, b), vanOut, new double[days], days, noNextRound(days)));
    // practice B's invitations are exactly as before
    for (int d = 0; d < days; d++) {
      assertThat(after.screens()[d][5]).isCloseTo(before.screens()[d][5], within(1e-9));
    }
    // practice A: nobody invited for 30 days, 300 waiting, then 20 a day (10 new + 10 carried)
    assertThat(after.waiting()[29]).isCloseTo(300, within(1e-6));
    assertThat(after.screens()[30][1]).isCloseTo(20, within(1e-9));
    assertThat(after.batches().get(0).lastInviteDay()).isEqualTo(59);
    // and it still finishes by its due date because the van had spare slots
    assertThat(after.batches().get(0).invitedByDue()).isCloseTo(600, within(1e-6));
  }

  @Test
  void womenAVisitCannotReachAreOverdueAndCarryToThePool() {
    // 500 women due on day 5 released over days 0–4 at a unit with 50 slots: 250 left over
    int days = 40;
    Batch b = new Batch("A00001", 3, 500, 500, 5, 0, range(0, 5), 0);
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
            new ScreeningInput(days, List.of(b), unit, pool, 20, noNextRound(days)));
    assertThat(out.overdue()[6][3]).isCloseTo(250, within(1e-6));
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
    Batch b = new Batch("A00001", 4, 100, 50, 0, -1, List.of(), 0);
    double[] pool = new double[days];
    java.util.Arrays.fill(pool, 100);
    ScreeningOutcome out =
        ScreeningSimulation.run(
            new ScreeningInput(days, List.of(b), new double[0][], pool, 0, round));
    List<ScreeningOutcome.BatchResult> all = new ArrayList<>(out.batches());
    // first invited on day 0, due again on day 10, then day 20
    assertThat(all).extracting(ScreeningOutcome.BatchResult::dueDay).containsExactly(0, 10, 20);
    assertThat(out.invited()[10]).isCloseTo(100, within(1e-9));
  }
}
