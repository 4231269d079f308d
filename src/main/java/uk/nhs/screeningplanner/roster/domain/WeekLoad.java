package uk.nhs.screeningplanner.roster.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One week's reading capacity per reader and role, and the share of it that would force a reader to
 * read a case twice.
 *
 * <p>Why this guarantees distinct readers (Hall's marriage theorem). Match each first read R does
 * in the week to one unit of second-read capacity of a reader other than R. For a set S of two or
 * more readers, every reader is "other than" some member of S, so Hall's condition for S is just
 * the week's total capacity, which the queues (medium score) handle: what does not fit waits. For a
 * single reader R the condition is F(R) ≤ T − S(R): R's first reads must fit in everyone else's
 * second reads. So the cases R would have to second read themselves this week are min(S(R), max(0,
 * F(R) + S(R) − T)) — capped at S(R) because beyond the week's total they simply wait. When this is
 * 0 for every reader, any week's first reads that fit the second-read capacity can be second read
 * entirely by other readers. Arbitration likewise: the arbitrations arising from R's reads, p ×
 * (F(R) + S(R)), must fit in other arbitrators' capacity, T_A − A(R).
 */
public final class WeekLoad {

  private final Map<Reader, int[]> byReader = new LinkedHashMap<>();
  private int week;
  private Map<Reader, Integer> secondExcess;
  private Map<Reader, Integer> arbitrationExcess;
  private int totalSecond;
  private int totalArbitration;

  /** Capacity by role (first, second, arbitration) that one reader gives in one week. */
  public record ReaderLoad(Reader reader, int[] byRole) {}

  /** The week's load with both excesses computed once, for the constraint streams. */
  public static WeekLoad of(int week, Collection<ReaderLoad> loads, double arbitrationRate) {
    WeekLoad load = new WeekLoad(List.of());
    for (ReaderLoad l : loads) {
      load.byReader.put(l.reader(), l.byRole().clone());
      load.totalSecond += l.byRole()[1];
      load.totalArbitration += l.byRole()[2];
    }
    load.week = week;
    load.secondExcess = load.secondReadsBySameReader();
    load.arbitrationExcess = load.arbitrationsBySameReader(arbitrationRate);
    return load;
  }

  public int week() {
    return week;
  }

  public Map<Reader, Integer> secondExcess() {
    return secondExcess;
  }

  public Map<Reader, Integer> arbitrationExcess() {
    return arbitrationExcess;
  }

  public WeekLoad(Collection<ReadingShift> shifts) {
    for (ReadingShift shift : shifts) {
      if (shift.getRole() != null) {
        int[] load = byReader.computeIfAbsent(shift.getReader(), r -> new int[3]);
        load[shift.getRole().ordinal()] += shift.getCapacity();
      }
    }
    for (int[] load : byReader.values()) {
      totalSecond += load[1];
      totalArbitration += load[2];
    }
  }

  /** Cases each reader would have to second read after first reading them, by reader. */
  public Map<Reader, Integer> secondReadsBySameReader() {
    Map<Reader, Integer> excess = new LinkedHashMap<>();
    byReader.forEach(
        (reader, load) -> {
          int own = Math.min(load[1], Math.max(0, load[0] + load[1] - totalSecond));
          if (own > 0) {
            excess.put(reader, own);
          }
        });
    return excess;
  }

  /** Arbitrations each arbitrator would have to do on cases they read themselves, by reader. */
  public Map<Reader, Integer> arbitrationsBySameReader(double arbitrationRate) {
    Map<Reader, Integer> excess = new LinkedHashMap<>();
    byReader.forEach(
        (reader, load) -> {
          int needed = (int) Math.ceil(arbitrationRate * (load[0] + load[1]) - 1e-9);
          int own = Math.min(load[2], Math.max(0, needed + load[2] - totalArbitration));
          if (own > 0) {
            excess.put(reader, own);
          }
        });
    return excess;
  }

  public static int total(Map<Reader, Integer> excess) {
    return excess.values().stream().mapToInt(Integer::intValue).sum();
  }

  public static List<ReadingShift> assigned(Collection<ReadingShift> shifts) {
    return shifts.stream().filter(ReadingShift::isAssigned).toList();
  }
}
