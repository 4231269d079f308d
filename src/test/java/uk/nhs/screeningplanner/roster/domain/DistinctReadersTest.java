package uk.nhs.screeningplanner.roster.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The distinct-reader guarantee: whenever the week's rule finds no reader who would have to second
 * read their own first reads, a maximum flow from first reads to other readers' second-read
 * capacity places every first read that fits the week's second-read capacity (min(ΣF, ΣS)) with a
 * different reader. Checked on many random weeks; and a week the rule flags really cannot.
 */
class DistinctReadersTest {

  static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

  @Test
  void aWeekTheRuleAcceptsCanBeSecondReadByOtherReadersOnly() {
    Random random = new Random(7);
    int accepted = 0;
    for (int trial = 0; trial < 2000; trial++) {
      List<ReadingShift> week = randomWeek(random, 2 + random.nextInt(5));
      WeekLoad load = new WeekLoad(week);
      int[][] capacity = perReader(week);
      int totalFirst = 0;
      int totalSecond = 0;
      for (int[] c : capacity) {
        totalFirst += c[0];
        totalSecond += c[1];
      }
      if (load.secondReadsBySameReader().isEmpty()) {
        accepted++;
        assertThat(maxFlowToOtherReaders(capacity)).isEqualTo(Math.min(totalFirst, totalSecond));
      }
    }
    assertThat(accepted).isGreaterThan(100);
  }

  @Test
  void aWeekTheRuleRefusesReallyForcesASelfRead() {
    Reader ann = new Reader(1, "A", "Ann", false, 10, 0, 0);
    Reader bob = new Reader(2, "B", "Bob", false, 10, 0, 0);
    List<ReadingShift> week =
        List.of(
            shift(1, ann, 0, 100, ReadingRole.FIRST_READ),
            shift(2, ann, 1, 100, ReadingRole.SECOND_READ),
            shift(3, bob, 2, 50, ReadingRole.SECOND_READ));
    assertThat(WeekLoad.total(new WeekLoad(week).secondReadsBySameReader())).isEqualTo(50);
    // 100 first reads, 150 second-read capacity, but only 50 of it is not Ann's own
    assertThat(maxFlowToOtherReaders(perReader(week))).isEqualTo(50);
  }

  static List<ReadingShift> randomWeek(Random random, int readers) {
    List<ReadingShift> shifts = new ArrayList<>();
    long id = 0;
    for (int r = 0; r < readers; r++) {
      Reader reader = new Reader(r + 1, "R" + r, "Reader " + r, false, 10, 0, 0);
      for (int day = 0; day < 5; day++) {
        ReadingRole role =
            switch (random.nextInt(4)) {
              case 0 -> ReadingRole.FIRST_READ;
              case 1 -> ReadingRole.SECOND_READ;
              default -> null;
            };
        shifts.add(shift(++id, reader, day, 50 + random.nextInt(150), role));
      }
    }
    return shifts;
  }

  static ReadingShift shift(long id, Reader r, int day, int capacity, ReadingRole role) {
    ReadingShift s = new ReadingShift(id, r, MONDAY.plusDays(day), SessionPart.AM, day, capacity);
    s.setRole(role);
    return s;
  }

  static int[][] perReader(List<ReadingShift> shifts) {
    int readers = (int) shifts.stream().mapToLong(s -> s.getReader().getId()).max().orElse(0);
    int[][] capacity = new int[readers][2];
    for (ReadingShift s : shifts) {
      int r = (int) s.getReader().getId() - 1;
      capacity[r][0] += s.capacityIn(ReadingRole.FIRST_READ);
      capacity[r][1] += s.capacityIn(ReadingRole.SECOND_READ);
    }
    return capacity;
  }

  /** Edmonds–Karp on source → first reads of R → second reads of R' ≠ R → sink. */
  static int maxFlowToOtherReaders(int[][] capacity) {
    int n = capacity.length;
    int nodes = 2 * n + 2;
    int source = 2 * n;
    int sink = 2 * n + 1;
    int[][] c = new int[nodes][nodes];
    for (int r = 0; r < n; r++) {
      c[source][r] = capacity[r][0];
      c[n + r][sink] = capacity[r][1];
      for (int other = 0; other < n; other++) {
        if (other != r) {
          c[r][n + other] = Integer.MAX_VALUE / 4;
        }
      }
    }
    int flow = 0;
    while (true) {
      int[] parent = new int[nodes];
      java.util.Arrays.fill(parent, -1);
      parent[source] = source;
      java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(source));
      while (!queue.isEmpty() && parent[sink] < 0) {
        int u = queue.poll();
        for (int v = 0; v < nodes; v++) {
          if (parent[v] < 0 && c[u][v] > 0) {
            parent[v] = u;
            queue.add(v);
          }
        }
      }
      if (parent[sink] < 0) {
        return flow;
      }
      int push = Integer.MAX_VALUE;
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
}
