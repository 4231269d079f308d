package uk.nhs.screeningplanner.roster.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reading queues simulated session by session, oldest case first (domain.md §3.1: readers take
 * the oldest bundle), with every case read by two different readers and arbitrated by a third.
 *
 * <p><b>Time.</b> A day's screens can be read from the next working day (the images arrive during
 * the day). Each session of a day (morning, afternoon, evening) reads what was waiting when it
 * started: a case first read in the morning can be second read in the afternoon, not in the same
 * session. A case is done when its last read is done; its days to result are the working days (bank
 * holidays excluded) from screening to that day, late by what exceeds the target. A case still
 * waiting after the last day is counted as done on the next working day, the earliest it can be:
 * the lateness it will certainly reach.
 *
 * <p><b>Distinct readers, exactly.</b> Each case waiting for a second read remembers its first
 * reader; each case waiting for arbitration remembers both. Within a session the second readers'
 * capacity C (c_j each) serves the waiting cases oldest first, and the cases first read by r may
 * take at most C − c_r of it, all cases together at most C. By Hall's theorem (the neighbours of
 * two or more first readers are all second readers) these two conditions are exactly what lets
 * every served case go to a reader other than its first reader, and taking the oldest cases
 * greedily under them is optimal (the served amounts form a polymatroid). The served cases are then
 * split among the second readers ({@link #pairUp}) so arbitration knows both readers; an
 * arbitration session takes, with capacities a_q summing to A, at most A − a_q of the cases q read
 * and A − a_q − a_q' of the cases read by the pair q, q'. So the lateness is reachable with
 * distinct readers for every case. Capacity left unused while the only cases waiting for it were
 * read by its own reader is reported by reader as {@link Blocked} (the roster would need that
 * reader to read a case twice).
 *
 * <p>Amounts are fractional (a share of a day's cases), so the result is exact for the model and
 * rounded once.
 */
public final class ReadingQueues {

  private static final double EPS = 1e-9;
  private static final int PARTS = SessionPart.values().length;

  private final ReadingDemand demand;
  private final Map<Long, Integer> index = new HashMap<>();
  private final Map<Reader, Integer> byReader = new java.util.IdentityHashMap<>();
  private final List<Reader> readers = new ArrayList<>();
  private final List<List<int[]>> steps = new ArrayList<>();
  private final Queue first = new Queue();
  private final Queue second = new Queue();
  private final Queue arbitration = new Queue();
  private final List<QueueDay> days = new ArrayList<>();
  private final List<Blocked> blocked = new ArrayList<>();
  private final List<StepTrace> trace;
  private final boolean distinct;
  private double[] histogram;
  private double caseDaysLate;
  private double casesLate;
  private double waitingCaseDays;
  private double casesCounted;
  private double surplus;
  private double queueAtEnd;
  // per-reader scratch arrays, sized when the readers are known
  private double[] own;
  private double[] served;
  private double[] residualDemand;
  private double[] residualCapacity;
  private double[][] pair;

  private ReadingQueues(ReadingDemand demand, boolean traced, boolean distinct) {
    this.demand = demand;
    this.trace = traced ? new ArrayList<>() : null;
    this.distinct = distinct;
  }

  /** The queues of a roster's current roles. */
  public static ReadingQueues of(ReaderRoster roster) {
    return simulate(roster.getDemand(), plans(roster.getShifts()), false);
  }

  /** The day plans of the assigned shifts. */
  public static List<DayPlan> plans(Collection<ReadingShift> shifts) {
    Map<Integer, List<ReadingShift>> byDay = new LinkedHashMap<>();
    for (ReadingShift s : shifts) {
      if (s.getRole() != null) {
        byDay.computeIfAbsent(s.getDayIndex(), d -> new ArrayList<>()).add(s);
      }
    }
    List<DayPlan> plans = new ArrayList<>();
    byDay.forEach((day, list) -> plans.add(DayPlan.of(day, list)));
    return plans;
  }

  /** Runs the simulation over the whole horizon. */
  public static ReadingQueues simulate(ReadingDemand demand, Collection<DayPlan> plans) {
    return simulate(demand, plans, false);
  }

  /** As {@link #simulate(ReadingDemand, Collection)}, keeping every session's reads if traced. */
  public static ReadingQueues simulate(
      ReadingDemand demand, Collection<DayPlan> plans, boolean traced) {
    ReadingQueues queues = new ReadingQueues(demand, traced, true);
    queues.load(plans);
    queues.run();
    return queues;
  }

  /**
   * The same queues with the distinct-reader rule left out (anyone may read a case twice): what the
   * roster's sessions would give without it, to show how much of a roster's lateness the rule
   * causes.
   */
  public static ReadingQueues withoutDistinctReaders(
      ReadingDemand demand, Collection<DayPlan> plans) {
    ReadingQueues queues = new ReadingQueues(demand, false, false);
    queues.load(plans);
    queues.run();
    return queues;
  }

  // ---------------------------------------------------------------- set-up

  private int indexOf(long readerId, Reader reader) {
    Integer i = index.get(readerId);
    if (i == null) {
      i = readers.size();
      index.put(readerId, i);
      readers.add(reader);
    } else if (reader != null && readers.get(i) == null) {
      readers.set(i, reader);
    }
    return i;
  }

  /** Steps are day × session part; each holds {reader index, role ordinal, capacity} triples. */
  private void load(Collection<DayPlan> plans) {
    int count = demand.dayCount();
    for (int i = 0; i < count * PARTS; i++) {
      steps.add(null);
    }
    for (DayPlan plan : plans) {
      if (plan.dayIndex() < 0 || plan.dayIndex() >= count) {
        continue;
      }
      for (DayPlan.Session s : plan.sessions()) {
        if (s.capacity() <= 0 || s.role() == null) {
          continue;
        }
        int step = plan.dayIndex() * PARTS + s.part().ordinal();
        List<int[]> list = steps.get(step);
        if (list == null) {
          list = new ArrayList<>(4);
          steps.set(step, list);
        }
        list.add(
            new int[] {indexOf(s.reader().getId(), s.reader()), s.role().ordinal(), s.capacity()});
      }
    }
    // the same roster gives the same queues whatever order its sessions came in
    for (List<int[]> list : steps) {
      if (list != null && list.size() > 1) {
        list.sort((a, b) -> Long.compare(readers.get(a[0]).getId(), readers.get(b[0]).getId()));
      }
    }
    int maxBefore = 0;
    for (OpeningBacklog.Cohort c : demand.opening().cohorts()) {
      if (c.stage() != OpeningBacklog.Stage.FIRST_READ) {
        indexOf(c.firstReader(), null);
      }
      if (c.stage() == OpeningBacklog.Stage.ARBITRATION) {
        indexOf(c.secondReader(), null);
      }
      maxBefore = Math.max(maxBefore, c.workingDaysBefore());
    }
    int n = readers.size();
    own = new double[n];
    served = new double[n];
    residualDemand = new double[n];
    residualCapacity = new double[n];
    pair = new double[n][n];
    histogram = new double[demand.workingDayCount() + maxBefore + 2];
    loadOpening();
  }

  private void loadOpening() {
    List<OpeningBacklog.Cohort> cohorts = new ArrayList<>(demand.opening().cohorts());
    cohorts.sort((a, b) -> Integer.compare(b.workingDaysBefore(), a.workingDaysBefore()));
    for (OpeningBacklog.Cohort c : cohorts) {
      if (c.cases() <= EPS) {
        continue;
      }
      int s = -Math.max(1, c.workingDaysBefore());
      switch (c.stage()) {
        case FIRST_READ -> first.add(s, -1, -1, c.cases());
        case SECOND_READ -> second.add(s, index.get(c.firstReader()), -1, c.cases());
        case ARBITRATION ->
            arbitration.add(s, index.get(c.firstReader()), index.get(c.secondReader()), c.cases());
      }
    }
  }

  // ---------------------------------------------------------------- the simulation

  private void run() {
    int count = demand.dayCount();
    double secondShare = demand.secondReadShare();
    double arbShare = demand.arbitrationShareOfSecondReads();
    for (int day = 0; day < count; day++) {
      double[] unused = new double[3];
      for (int part = 0; part < PARTS; part++) {
        List<int[]> sessions = steps.get(day * PARTS + part);
        if (sessions == null) {
          continue;
        }
        List<Entry> newSecond = new ArrayList<>();
        List<Entry> newArbitration = new ArrayList<>();
        unused[1] += secondReads(sessions, day, part, arbShare, newArbitration);
        unused[2] += arbitrations(sessions, day, part);
        unused[0] += firstReads(sessions, day, secondShare, newSecond);
        newSecond.forEach(second::add);
        newArbitration.forEach(arbitration::add);
      }
      if (demand.intake(day) > 0) {
        first.add(demand.workNo(day), -1, -1, demand.intake(day));
      }
      days.add(
          new QueueDay(
              day,
              first.total,
              second.total,
              arbitration.total,
              oldestAge(day),
              unused[0],
              unused[1],
              unused[2]));
    }
    int end = demand.workingDayCount();
    queueAtEnd = first.total + second.total + arbitration.total;
    for (Queue queue : List.of(first, second, arbitration)) {
      for (int i = queue.head; i < queue.entries.size(); i++) {
        Entry e = queue.entries.get(i);
        finish(e.s, e.amount, end);
      }
    }
  }

  /** First reads: each first reader in turn takes the oldest waiting cases. */
  private double firstReads(List<int[]> sessions, int day, double share, List<Entry> onward) {
    double unused = 0;
    for (int[] session : sessions) {
      if (session[1] != ReadingRole.FIRST_READ.ordinal()) {
        continue;
      }
      int reader = session[0];
      double left = session[2];
      while (left > EPS && first.head < first.entries.size()) {
        Entry oldest = first.entries.get(first.head);
        double take = Math.min(left, oldest.amount);
        left -= take;
        first.take(oldest, take);
        first.dropServedHead();
        double toSecond = take * share;
        if (toSecond > EPS) {
          Entry last = onward.isEmpty() ? null : onward.get(onward.size() - 1);
          if (last != null && last.s == oldest.s && last.r == reader) {
            last.amount += toSecond;
          } else {
            onward.add(new Entry(oldest.s, reader, -1, toSecond));
          }
        }
        finish(oldest.s, take - toSecond, demand.workNo(day));
      }
      unused += left;
      surplus += left;
    }
    return unused;
  }

  /** Second reads, oldest first, each case only by a reader other than its first reader. */
  private double secondReads(
      List<int[]> sessions, int day, int part, double arbShare, List<Entry> onward) {
    double capacity = 0;
    List<int[]> readersHere = new ArrayList<>(sessions.size());
    for (int[] session : sessions) {
      if (session[1] == ReadingRole.SECOND_READ.ordinal()) {
        own[session[0]] += session[2];
        capacity += session[2];
        readersHere.add(session);
      }
    }
    if (capacity <= 0) {
      return 0;
    }
    double total = 0;
    List<Entry> done = new ArrayList<>();
    List<Double> amounts = new ArrayList<>();
    List<Integer> firstReaders = new ArrayList<>();
    for (int i = second.head; i < second.entries.size() && capacity - total > EPS; i++) {
      Entry e = second.entries.get(i);
      if (e.amount <= EPS) {
        continue;
      }
      double take =
          distinct
              ? Math.min(e.amount, Math.min(capacity - total, capacity - own[e.r] - served[e.r]))
              : Math.min(e.amount, capacity - total);
      if (take <= EPS) {
        continue;
      }
      if (served[e.r] == 0) {
        firstReaders.add(e.r);
      }
      served[e.r] += take;
      total += take;
      second.take(e, take);
      done.add(e);
      amounts.add(take);
      finish(e.s, take * (1 - arbShare), demand.workNo(day));
    }
    second.dropServedHead();
    double unused = capacity - total;
    double blockedCases = 0;
    if (unused > EPS && second.total > EPS) {
      // only one reader can be blocked at a time: their own capacity is what is left unused
      for (int[] session : readersHere) {
        int r = session[0];
        if (served[r] >= capacity - own[r] - EPS) {
          double waitingOwn = second.totalOf(r);
          double b = Math.min(unused, waitingOwn);
          if (b > EPS) {
            blocked.add(
                new Blocked(
                    readers.get(r),
                    day,
                    demand.days().get(day),
                    SessionPart.values()[part],
                    ReadingRole.SECOND_READ,
                    b));
            blockedCases += b;
          }
        }
      }
    }
    surplus += unused - blockedCases;
    if (trace != null) {
      Map<Long, Double> caps = new LinkedHashMap<>();
      readersHere.forEach(s -> caps.merge(readers.get(s[0]).getId(), (double) s[2], Double::sum));
      Map<List<Long>, Double> byReaders = new LinkedHashMap<>();
      for (int r : firstReaders) {
        byReaders.put(List.of(idOf(r)), served[r]);
      }
      trace.add(
          new StepTrace(day, SessionPart.values()[part], ReadingRole.SECOND_READ, caps, byReaders));
    }
    if (arbShare > 0 && total > EPS && !distinct) {
      for (int k = 0; k < done.size(); k++) {
        Entry e = done.get(k);
        onward.add(new Entry(e.s, e.r, e.r, amounts.get(k) * arbShare));
      }
    } else if (arbShare > 0 && total > EPS) {
      Map<Integer, List<double[]>> pairs = pairUp(firstReaders, readersHere, capacity);
      for (int k = 0; k < done.size(); k++) {
        Entry e = done.get(k);
        double arbitrate = amounts.get(k) * arbShare;
        for (double[] p : pairs.get(e.r)) {
          double amount = arbitrate * p[1] / served[e.r];
          if (amount > EPS) {
            Entry last = onward.isEmpty() ? null : onward.get(onward.size() - 1);
            if (last != null && last.s == e.s && last.r == e.r && last.j == (int) p[0]) {
              last.amount += amount;
            } else {
              onward.add(new Entry(e.s, e.r, (int) p[0], amount));
            }
          }
        }
      }
    }
    for (int[] session : readersHere) {
      own[session[0]] = 0;
    }
    for (int r : firstReaders) {
      served[r] = 0;
    }
    return unused;
  }

  /**
   * Splits the cases served for each first reader r (served[r]) among the session's second readers
   * j ≠ r, as amounts per pair. Any order of first readers works if, before the rest, each other
   * reader q gives r at least x_q + c_q + x_r − C (their residual demand and capacity plus r's
   * demand beyond the capacity left): afterwards x_q + c_q ≤ C still holds for everyone, so the
   * next first reader can be served too (Hall's condition is kept).
   */
  private Map<Integer, List<double[]>> pairUp(
      List<Integer> firstReaders, List<int[]> secondReaders, double capacity) {
    int[] givers = new int[secondReaders.size()];
    int n = 0;
    for (int[] s : secondReaders) {
      if (residualCapacity[s[0]] == 0) {
        givers[n++] = s[0];
      }
      residualCapacity[s[0]] += s[2];
    }
    for (int r : firstReaders) {
      residualDemand[r] = served[r];
    }
    // an upper bound of x'_q + c'_q over the second readers (first readers who give nothing have
    // c'_q = 0 and need nothing from r): values only fall, so it stays a bound until recomputed
    double most = 0;
    for (int i = 0; i < n; i++) {
      most = Math.max(most, residualDemand[givers[i]] + residualCapacity[givers[i]]);
    }
    double left = capacity;
    int pointer = 0;
    Map<Integer, List<double[]>> pairs = new HashMap<>();
    for (int r : firstReaders) {
      List<double[]> out = new ArrayList<>(2);
      double need = residualDemand[r];
      if (most + need - left > EPS) {
        most = 0;
        for (int i = 0; i < n; i++) {
          int q = givers[i];
          if (q != r && need > EPS) {
            double mandatory = residualDemand[q] + residualCapacity[q] + need - left;
            double take = Math.min(Math.min(mandatory, residualCapacity[q]), need);
            if (take > EPS) {
              residualCapacity[q] -= take;
              left -= take;
              need -= take;
              addPair(out, q, take);
            }
          }
          most = Math.max(most, residualDemand[q] + residualCapacity[q]);
        }
      }
      // the rest from anyone else, in turn (any order keeps Hall's condition now)
      for (int tries = 0; need > EPS && tries < 2 * n; tries++) {
        int q = givers[pointer];
        if (q != r && residualCapacity[q] > EPS) {
          double take = Math.min(need, residualCapacity[q]);
          residualCapacity[q] -= take;
          left -= take;
          need -= take;
          addPair(out, q, take);
        }
        if (residualCapacity[q] <= EPS || q == r) {
          pointer = (pointer + 1) % n;
        }
      }
      residualDemand[r] = 0;
      pairs.put(r, out);
    }
    for (int i = 0; i < n; i++) {
      residualCapacity[givers[i]] = 0;
    }
    for (int r : firstReaders) {
      residualDemand[r] = 0;
    }
    return pairs;
  }

  private static void addPair(List<double[]> out, int reader, double amount) {
    for (double[] p : out) {
      if ((int) p[0] == reader) {
        p[1] += amount;
        return;
      }
    }
    out.add(new double[] {reader, amount});
  }

  /** Arbitration, oldest first, each case by an arbitrator who read it neither time. */
  private double arbitrations(List<int[]> sessions, int day, int part) {
    double capacity = 0;
    List<int[]> here = new ArrayList<>(2);
    for (int[] session : sessions) {
      if (session[1] == ReadingRole.ARBITRATION.ordinal()) {
        own[session[0]] += session[2];
        capacity += session[2];
        here.add(session);
      }
    }
    if (capacity <= 0) {
      return 0;
    }
    double total = 0;
    List<int[]> touchedPairs = new ArrayList<>();
    List<Integer> touched = new ArrayList<>();
    Map<List<Long>, Double> byReaders = trace == null ? null : new LinkedHashMap<>();
    for (int i = arbitration.head; i < arbitration.entries.size() && capacity - total > EPS; i++) {
      Entry e = arbitration.entries.get(i);
      if (e.amount <= EPS) {
        continue;
      }
      int lo = Math.min(e.r, e.j);
      int hi = Math.max(e.r, e.j);
      double take =
          distinct
              ? Math.min(
                  Math.min(e.amount, capacity - total),
                  Math.min(
                      Math.min(
                          capacity - own[e.r] - served[e.r], capacity - own[e.j] - served[e.j]),
                      capacity - own[e.r] - own[e.j] - pair[lo][hi]))
              : Math.min(e.amount, capacity - total);
      if (take <= EPS) {
        continue;
      }
      for (int q : new int[] {e.r, e.j}) {
        if (served[q] == 0) {
          touched.add(q);
        }
        served[q] += take;
      }
      if (pair[lo][hi] == 0) {
        touchedPairs.add(new int[] {lo, hi});
      }
      pair[lo][hi] += take;
      total += take;
      arbitration.take(e, take);
      finish(e.s, take, demand.workNo(day));
      if (byReaders != null) {
        byReaders.merge(List.of(idOf(e.r), idOf(e.j)), take, Double::sum);
      }
    }
    arbitration.dropServedHead();
    double unused = capacity - total;
    double blockedCases = 0;
    if (unused > EPS && arbitration.total > EPS) {
      blockedCases = Math.min(unused, arbitration.total);
      blocked.add(
          new Blocked(
              readers.get(blockedArbitrator(here)),
              day,
              demand.days().get(day),
              SessionPart.values()[part],
              ReadingRole.ARBITRATION,
              blockedCases));
    }
    surplus += unused - blockedCases;
    if (trace != null) {
      Map<Long, Double> caps = new LinkedHashMap<>();
      here.forEach(s -> caps.merge(readers.get(s[0]).getId(), (double) s[2], Double::sum));
      trace.add(
          new StepTrace(day, SessionPart.values()[part], ReadingRole.ARBITRATION, caps, byReaders));
    }
    for (int[] session : here) {
      own[session[0]] = 0;
    }
    for (int q : touched) {
      served[q] = 0;
    }
    for (int[] p : touchedPairs) {
      pair[p[0]][p[1]] = 0;
    }
    return unused;
  }

  /** The arbitrator of the session who read most of the arbitrations still waiting. */
  private int blockedArbitrator(List<int[]> here) {
    int best = here.get(0)[0];
    double most = -1;
    for (int[] session : here) {
      double read = arbitration.totalOf(session[0]);
      if (read > most) {
        most = read;
        best = session[0];
      }
    }
    return best;
  }

  private long idOf(int readerIndex) {
    Reader r = readers.get(readerIndex);
    return r == null
        ? index.entrySet().stream()
            .filter(e -> e.getValue() == readerIndex)
            .findFirst()
            .orElseThrow()
            .getKey()
        : r.getId();
  }

  private void finish(int screenedWorkNo, double cases, int doneWorkNo) {
    if (cases <= EPS) {
      return;
    }
    int elapsed = Math.max(0, doneWorkNo - screenedWorkNo);
    waitingCaseDays += cases * elapsed;
    casesCounted += cases;
    histogram[Math.min(elapsed, histogram.length - 1)] += cases;
    int late = elapsed - demand.targetWorkingDays();
    if (late > 0) {
      caseDaysLate += cases * late;
      casesLate += cases;
    }
  }

  private int oldestAge(int day) {
    int oldest = Integer.MAX_VALUE;
    for (Queue queue : List.of(first, second, arbitration)) {
      oldest = Math.min(oldest, queue.oldest());
    }
    return oldest == Integer.MAX_VALUE ? 0 : Math.max(0, demand.workNo(day + 1) - 1 - oldest);
  }

  // ---------------------------------------------------------------- results

  /** The reading target the lateness is measured against, in working days. */
  public int targetWorkingDays() {
    return demand.targetWorkingDays();
  }

  /** Σ cases × working days beyond the target, rounded to a whole number. */
  public long caseDaysLate() {
    return Math.round(caseDaysLate);
  }

  /** Cases finishing (or still waiting at the end) later than the target, rounded. */
  public long casesLate() {
    return Math.round(casesLate);
  }

  /** Σ cases × working days from screening to the last read (every case, late or not). */
  public long waitingCaseDays() {
    return Math.round(waitingCaseDays);
  }

  /** Capacity planned where that role's queue had nothing it could read, in cases, rounded. */
  public long unusedCapacity() {
    return Math.round(surplus);
  }

  /** Cases waiting when the horizon starts. */
  public double queueAtStart() {
    return demand.opening().total();
  }

  /** Cases waiting at the end of the horizon's last day (its screens included). */
  public double queueAtEnd() {
    return queueAtEnd;
  }

  /**
   * Cases waiting at the end beyond the screens of the horizon's last working day (which nobody
   * could have read yet): the backlog the horizon hands on to the next roster.
   */
  public double backlogAtEnd() {
    int last = demand.dayCount() - 1;
    while (last > 0 && !demand.isWorkingDay(last)) {
      last--;
    }
    return Math.max(0, queueAtEnd - (last < 0 ? 0 : demand.intake(last)));
  }

  /** Mean working days from screening to the last read, over every case counted. */
  public double meanDaysToResult() {
    return casesCounted <= 0 ? 0 : waitingCaseDays / casesCounted;
  }

  /** The working days within which 95% of the cases have their last read. */
  public int p95DaysToResult() {
    return percentile(0.95);
  }

  int percentile(double share) {
    double need = share * casesCounted - 1e-6;
    double sum = 0;
    for (int d = 0; d < histogram.length; d++) {
      sum += histogram[d];
      if (sum >= need) {
        return d;
      }
    }
    return histogram.length - 1;
  }

  /** Cases counted: those screened in the horizon and those waiting at its start. */
  public double cases() {
    return casesCounted;
  }

  /** Capacity left unused because the only cases waiting for it were its own reader's. */
  public List<Blocked> blocked() {
    return List.copyOf(blocked);
  }

  /** Blocked cases summed by reader, in order of first appearance. */
  public Map<Reader, Double> blockedByReader() {
    Map<Reader, Double> byReader = new LinkedHashMap<>();
    for (Blocked b : blocked) {
      byReader.merge(b.reader(), b.cases(), Double::sum);
    }
    return byReader;
  }

  /**
   * Blocked capacity by reader and role over the horizon, with the sessions it happened in, so a
   * breach made of many small shares (arbitration is a few percent of cases) still adds up.
   */
  public List<BlockedReader> blockedReaders() {
    Map<List<Object>, BlockedReader> byKey = new LinkedHashMap<>();
    for (Blocked b : blocked) {
      byKey.merge(
          List.of(b.reader(), b.role()),
          new BlockedReader(b.reader(), b.role(), b.cases(), List.of(b)),
          (x, y) -> {
            List<Blocked> sessions = new ArrayList<>(x.sessions());
            sessions.addAll(y.sessions());
            return new BlockedReader(x.reader(), x.role(), x.cases() + y.cases(), sessions);
          });
    }
    return List.copyOf(byKey.values());
  }

  /** One reader's blocked capacity in one role, over all their sessions. */
  public record BlockedReader(
      Reader reader, ReadingRole role, double cases, List<Blocked> sessions) {

    /** The whole cases it amounts to (the hard rules' penalty). */
    public long rounded() {
      return Math.round(cases);
    }
  }

  public List<QueueDay> days() {
    return List.copyOf(days);
  }

  /** The sessions' second reads and arbitrations, when simulated with a trace. */
  public List<StepTrace> trace() {
    return trace == null ? List.of() : List.copyOf(trace);
  }

  /**
   * A session's capacity left unused while cases waited that only its own reader had read: using it
   * would have meant reading a case twice.
   */
  public record Blocked(
      Reader reader,
      int dayIndex,
      java.time.LocalDate date,
      SessionPart part,
      ReadingRole role,
      double cases) {}

  /**
   * One session's second reads (keys: the first reader's id) or arbitrations (keys: the two
   * readers' ids), with each reader's capacity in that role.
   */
  public record StepTrace(
      int dayIndex,
      SessionPart part,
      ReadingRole role,
      Map<Long, Double> capacity,
      Map<List<Long>, Double> served) {}

  // ---------------------------------------------------------------- queue storage

  /** Cases screened (working-day number s) waiting, read first by r and second by j (-1 none). */
  private static final class Entry {
    private final int s;
    private final int r;
    private final int j;
    private double amount;

    private Entry(int s, int r, int j, double amount) {
      this.s = s;
      this.r = r;
      this.j = j;
      this.amount = amount;
    }
  }

  /** Entries oldest first; served entries at the head are dropped, others keep amount 0. */
  private static final class Queue {
    private final ArrayList<Entry> entries = new ArrayList<>();
    private int head;
    private int emptied;
    private double total;

    void add(int s, int r, int j, double amount) {
      add(new Entry(s, r, j, amount));
    }

    /** Adds cases, merged into one of the last few entries of the same day and readers. */
    void add(Entry e) {
      total += e.amount;
      for (int i = entries.size() - 1; i >= Math.max(head, entries.size() - 8); i--) {
        Entry last = entries.get(i);
        if (last.s == e.s && last.r == e.r && last.j == e.j && last.amount > EPS) {
          last.amount += e.amount;
          return;
        }
        if (last.s < e.s) {
          break;
        }
      }
      entries.add(e);
    }

    void take(Entry e, double amount) {
      e.amount -= amount;
      if (e.amount <= EPS) {
        emptied++;
      }
      total -= amount;
      if (total < EPS) {
        total = Math.max(0, total);
      }
    }

    /** Drops served entries: at the head at once, elsewhere once they are many. */
    void dropServedHead() {
      while (head < entries.size() && entries.get(head).amount <= EPS) {
        head++;
        emptied--;
      }
      if (emptied > 16 && emptied * 2 > entries.size() - head) {
        int kept = 0;
        for (int i = head; i < entries.size(); i++) {
          Entry e = entries.get(i);
          if (e.amount > EPS) {
            entries.set(kept++, e);
          }
        }
        entries.subList(kept, entries.size()).clear();
        head = 0;
        emptied = 0;
      } else if (head > 64 && head * 2 > entries.size()) {
        entries.subList(0, head).clear();
        head = 0;
      }
    }

    int oldest() {
      for (int i = head; i < entries.size(); i++) {
        if (entries.get(i).amount > EPS) {
          return entries.get(i).s;
        }
      }
      return Integer.MAX_VALUE;
    }

    double totalOf(int reader) {
      double sum = 0;
      for (int i = head; i < entries.size(); i++) {
        Entry e = entries.get(i);
        if (e.r == reader || e.j == reader) {
          sum += e.amount;
        }
      }
      return sum;
    }
  }
}
