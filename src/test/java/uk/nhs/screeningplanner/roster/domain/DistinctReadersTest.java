package uk.nhs.screeningplanner.roster.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.nhs.screeningplanner.roster.domain.ReadingQueuesTest.Plan;

/**
 * The exact distinct-reader rule of the queue simulation (issue 15): a second read only by a reader
 * other than the first, an arbitration only by a third, across weeks and in session order; and,
 * checked by an independent maximum flow on random rosters, every session's reads can really be
 * given to readers who had not read those cases.
 */
class DistinctReadersTest {

  static final Reader ANN = new Reader(1, "ANN", "Ann", false, 10, 0, 0);
  static final Reader BOB = new Reader(2, "BOB", "Bob", true, 10, 0, 0);
  static final Reader CAT = new Reader(3, "CAT", "Cat", true, 10, 0, 0);

  @Test
  void aReaderAloneOnFirstAndSecondReadsOfADayCannotSecondReadTheirOwnCases() {
    ReadingDemand d = ReadingQueuesTest.demand(1, Map.of(0, 100), 0, 10);
    Plan alone =
        new Plan()
            .add(ANN, 1, SessionPart.AM, ReadingRole.FIRST_READ, 100)
            .add(ANN, 1, SessionPart.PM, ReadingRole.SECOND_READ, 100);
    ReadingQueues q = ReadingQueues.simulate(d, alone.days());
    assertThat(q.days().get(1).awaitingSecond()).isCloseTo(100, within(1e-9));
    assertThat(q.blocked()).hasSize(1);
    ReadingQueues.Blocked b = q.blocked().get(0);
    assertThat(b.reader()).isEqualTo(ANN);
    assertThat(b.part()).isEqualTo(SessionPart.PM);
    assertThat(b.role()).isEqualTo(ReadingRole.SECOND_READ);
    assertThat(b.cases()).isCloseTo(100, within(1e-9));
    assertThat(q.unusedCapacity()).isZero(); // the idle capacity is blocked, not surplus
    // with Bob also second reading that afternoon, Bob reads them all and Ann idles harmlessly
    alone.add(BOB, 1, SessionPart.PM, ReadingRole.SECOND_READ, 100);
    ReadingQueues withBob = ReadingQueues.simulate(d, alone.days());
    assertThat(withBob.blocked()).isEmpty();
    assertThat(withBob.days().get(1).waiting()).isZero();
    assertThat(withBob.unusedCapacity()).isEqualTo(100);
  }

  /**
   * Ann first reads Thursday's screens on Friday; Bob second reads them on Monday of the next week.
   * Ann's second-read session on Monday of week 1 came before her first reads, with nothing to
   * read. The weekly rule this replaces refused it (Ann: 100 first and 100 second reads in week 1,
   * and hers were the week's only second reads); the cases are read by two readers, 2 days late.
   */
  @Test
  void capacityIsCarriedIntoTheNextWeek() {
    ReadingDemand d = ReadingQueuesTest.demand(2, Map.of(3, 100), 0, 1);
    Plan plan =
        new Plan()
            .add(ANN, 0, SessionPart.AM, ReadingRole.SECOND_READ, 100)
            .add(ANN, 4, SessionPart.AM, ReadingRole.FIRST_READ, 100)
            .add(BOB, 5, SessionPart.AM, ReadingRole.SECOND_READ, 100);
    ReadingQueues q = ReadingQueues.simulate(d, plan.days());
    assertThat(q.blocked()).isEmpty();
    assertThat(q.days().get(5).waiting()).isZero();
    assertThat(q.caseDaysLate()).isEqualTo(100); // screened Thursday, done Monday: 2 days
    // the other way round, Ann's own second read on Monday of week 2 cannot read them
    Plan own =
        new Plan()
            .add(ANN, 4, SessionPart.AM, ReadingRole.FIRST_READ, 100)
            .add(ANN, 5, SessionPart.AM, ReadingRole.SECOND_READ, 100)
            .add(BOB, 6, SessionPart.AM, ReadingRole.SECOND_READ, 100);
    ReadingQueues late = ReadingQueues.simulate(d, own.days());
    assertThat(late.blocked()).extracting(ReadingQueues.Blocked::dayIndex).containsExactly(5);
    assertThat(late.caseDaysLate()).isEqualTo(200); // read by Bob on Tuesday: 3 days
  }

  /**
   * Every case second read goes to arbitration (rate 1, to keep the figures round). Bob second read
   * Ann's cases, so Bob cannot arbitrate them; Cat can.
   */
  @Test
  void anArbitratorWhoSecondReadTheCaseCannotArbitrateIt() {
    ReadingDemand d = ReadingQueuesTest.demand(1, Map.of(0, 100), 1.0, 10);
    Plan plan =
        new Plan()
            .add(ANN, 1, SessionPart.AM, ReadingRole.FIRST_READ, 100)
            .add(BOB, 1, SessionPart.PM, ReadingRole.SECOND_READ, 100)
            .add(BOB, 2, SessionPart.AM, ReadingRole.ARBITRATION, 100);
    ReadingQueues q = ReadingQueues.simulate(d, plan.days());
    assertThat(q.days().get(2).awaitingArbitration()).isCloseTo(100, within(1e-9));
    assertThat(q.blocked()).hasSize(1);
    assertThat(q.blocked().get(0).reader()).isEqualTo(BOB);
    assertThat(q.blocked().get(0).role()).isEqualTo(ReadingRole.ARBITRATION);
    assertThat(q.blocked().get(0).cases()).isCloseTo(100, within(1e-9));
    plan.add(CAT, 2, SessionPart.AM, ReadingRole.ARBITRATION, 100);
    ReadingQueues withCat = ReadingQueues.simulate(d, plan.days());
    assertThat(withCat.blocked()).isEmpty();
    assertThat(withCat.days().get(2).waiting()).isZero();
    // Cat takes all 100 and Bob's session idles with nothing he may read
    assertThat(withCat.unusedCapacity()).isEqualTo(100);
  }

  @Test
  void aReaderWhoFirstReadACaseCannotArbitrateIt() {
    ReadingDemand d = ReadingQueuesTest.demand(1, Map.of(0, 100), 1.0, 10);
    Plan plan =
        new Plan()
            .add(BOB, 1, SessionPart.AM, ReadingRole.FIRST_READ, 100)
            .add(ANN, 1, SessionPart.PM, ReadingRole.SECOND_READ, 100)
            .add(BOB, 2, SessionPart.AM, ReadingRole.ARBITRATION, 60)
            .add(CAT, 2, SessionPart.AM, ReadingRole.ARBITRATION, 60);
    ReadingQueues q = ReadingQueues.simulate(d, plan.days());
    // Bob first read all 100, so only Cat's 60 can arbitrate them
    assertThat(q.days().get(2).awaitingArbitration()).isCloseTo(40, within(1e-9));
    assertThat(q.blocked())
        .singleElement()
        .extracting(ReadingQueues.Blocked::reader)
        .isEqualTo(BOB);
  }

  /**
   * Random rosters of 2–6 readers over two weeks: in every session, the second reads the simulation
   * counts can be given to readers other than the cases' first readers, and the arbitrations to
   * arbitrators who read them neither time (an independent maximum flow places them all).
   */
  @Test
  void everySessionsReadsHaveDistinctReaders() {
    Random random = new Random(7);
    int checked = 0;
    for (int trial = 0; trial < 300; trial++) {
      int n = 2 + random.nextInt(5);
      List<Reader> readers = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        readers.add(new Reader(r + 1, "R" + r, "Reader " + r, random.nextBoolean(), 10, 0, 0));
      }
      Map<Integer, Integer> intake = new HashMap<>();
      for (int day = 0; day < 10; day++) {
        intake.put(day, random.nextInt(300));
      }
      ReadingDemand d = ReadingQueuesTest.demand(2, intake, 0.1 + random.nextDouble() * 0.3, 5);
      Plan plan = new Plan();
      for (Reader r : readers) {
        for (int day = 0; day < 10; day++) {
          for (SessionPart part : List.of(SessionPart.AM, SessionPart.PM)) {
            int pick = random.nextInt(r.isArbitrator() ? 5 : 4);
            ReadingRole role =
                pick == 0
                    ? ReadingRole.FIRST_READ
                    : pick == 1
                        ? ReadingRole.SECOND_READ
                        : pick == 4 ? ReadingRole.ARBITRATION : null;
            if (role != null) {
              plan.add(r, day, part, role, 20 + random.nextInt(120));
            }
          }
        }
      }
      ReadingQueues q = ReadingQueues.simulate(d, plan.days(), true);
      for (ReadingQueues.StepTrace step : q.trace()) {
        double served = step.served().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(maxFlowToOtherReaders(step)).isCloseTo(served, within(1e-6));
        double capacity = step.capacity().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(served).isLessThanOrEqualTo(capacity + 1e-6);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  /** Source → groups of cases by their readers → readers in the session who read none → sink. */
  static double maxFlowToOtherReaders(ReadingQueues.StepTrace step) {
    List<List<Long>> groups = new ArrayList<>(step.served().keySet());
    List<Long> readers = new ArrayList<>(step.capacity().keySet());
    int g = groups.size();
    int n = readers.size();
    int source = g + n;
    int sink = g + n + 1;
    double[][] c = new double[g + n + 2][g + n + 2];
    for (int i = 0; i < g; i++) {
      c[source][i] = step.served().get(groups.get(i));
      for (int j = 0; j < n; j++) {
        if (!groups.get(i).contains(readers.get(j))) {
          c[i][g + j] = Double.MAX_VALUE / 4;
        }
      }
    }
    for (int j = 0; j < n; j++) {
      c[g + j][sink] = step.capacity().get(readers.get(j));
    }
    return maxFlow(c, source, sink);
  }

  /** Edmonds–Karp. */
  static double maxFlow(double[][] c, int source, int sink) {
    int nodes = c.length;
    double flow = 0;
    while (true) {
      int[] parent = new int[nodes];
      java.util.Arrays.fill(parent, -1);
      parent[source] = source;
      java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(source));
      while (!queue.isEmpty() && parent[sink] < 0) {
        int u = queue.poll();
        for (int v = 0; v < nodes; v++) {
          if (parent[v] < 0 && c[u][v] > 1e-12) {
            parent[v] = u;
            queue.add(v);
          }
        }
      }
      if (parent[sink] < 0) {
        return flow;
      }
      double push = Double.MAX_VALUE;
      for (int v = sink; v != source; v = parent[v]) {
        push = Math.min(push, c[parent[v]][v]);
      }
      for (int v = sink; v != source; v = parent[v]) {
        c[parent[v]][v] -= push;
        c[v][parent[v]] += push;
      }
      flow += push;
    }
  }

  static LocalDate monday() {
    return ReadingQueuesTest.MONDAY;
  }
}
