package uk.nhs.screeningplanner.roster.solver;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.nhs.screeningplanner.roster.domain.OpeningBacklog;
import uk.nhs.screeningplanner.roster.domain.Preference;
import uk.nhs.screeningplanner.roster.domain.Reader;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingDemand;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;
import uk.nhs.screeningplanner.roster.domain.SessionPart;

/**
 * A linear programme over reading capacity (solved by OR-Tools' GLOP): which role each available
 * session should have so the reading queues finish soonest. It is the queue model of {@link
 * uk.nhs.screeningplanner.roster.domain.ReadingQueues} — a day's screens readable from the next
 * working day, a second read after the first read's session, arbitration after the second, time in
 * working days, a case unfinished at the end done on the next working day — with three things
 * relaxed: a session may be split between roles, cases need not be read oldest first, and the rule
 * that two different readers read each case is left out. Every roster the hard rules allow
 * (availability, arbitrators only arbitrate, job-planned sessions a week) is a solution of it, so
 * its least late case-days are a <b>lower bound</b>: no roster can do better. Its solution,
 * rounded, is also the solver's starting roster.
 *
 * <p>Variables: for each cohort of cases (a screening day, or a day before the horizon for the
 * opening backlog) and each session with any reader, the cases first read, second read and
 * arbitrated by the end of that session (cumulative, so the model stays sparse); for each available
 * shift the share of it in each role. Cases unfinished at the end of a working day count one
 * case-day of waiting, and one late case-day from the day the target is passed.
 */
public final class ReadingCapacityLp {

  private static final int PARTS = SessionPart.values().length;
  private static volatile boolean loaded;

  /** What to minimise. */
  public enum Goal {
    /** Late case-days only: the bound. */
    LATE,
    /** Late case-days first (×100), then every case-day of waiting, then sessions: a start. */
    START,
    /** Cases still waiting at the end of the horizon: the least backlog capacity allows. */
    END_QUEUE
  }

  /**
   * The LP's result.
   *
   * @param solved false when GLOP found no optimum (then the figures are not a bound)
   * @param lateCaseDays late case-days of the LP's solution (the bound, for {@link Goal#LATE})
   * @param waitingCaseDays waiting case-days of the LP's solution
   * @param endQueue cases waiting at the end of the horizon in the LP's solution
   * @param shares per shift id, its share in each role (first, second, arbitration)
   * @param millis time to build and solve
   */
  public record Result(
      boolean solved,
      double lateCaseDays,
      double waitingCaseDays,
      double endQueue,
      Map<Long, double[]> shares,
      long millis) {}

  private ReadingCapacityLp() {}

  private static synchronized void load() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }

  /**
   * Solves the LP for the roster's readers and demand.
   *
   * @param keepPinned true to hold pinned shifts at their role (a start for a re-solve); false for
   *     the bound of any roster
   */
  public static Result solve(ReaderRoster roster, Goal goal, boolean keepPinned) {
    long start = System.currentTimeMillis();
    load();
    MPSolver solver = MPSolver.createSolver("GLOP");
    try {
      return new Model(roster, goal, keepPinned, solver).solve(start);
    } finally {
      solver.delete();
    }
  }

  /**
   * The roles of a starting roster from an LP solution. The LP says how much capacity each day
   * should have in each role; day by day, readers are given that role — first reads in morning
   * sessions first, second reads in afternoon sessions first, then those the LP gave most — until
   * the day's capacity in the role is within half a reader of the LP's (plus what earlier days fell
   * short of, so a few arbitrations a day add up to an arbitration session every few days), never
   * beyond a reader's job-planned sessions that week. Rounding each shift on its own would keep
   * each reader's week but not the balance of first and second reads within a day, which is what
   * the queues need.
   */
  public static Map<Long, ReadingRole> roles(ReaderRoster roster, Result lp) {
    Map<List<Object>, Integer> room = new HashMap<>();
    for (ReadingShift s : roster.getShifts()) {
      room.putIfAbsent(
          List.of(s.getReader(), s.getWeek()), s.getReader().getReadingSessionsPerWeek());
    }
    TreeMap<Integer, List<ReadingShift>> byDay = new TreeMap<>();
    for (ReadingShift s : roster.getShifts()) {
      if (s.isPinned() && s.getRole() != null) {
        room.merge(List.of(s.getReader(), s.getWeek()), -1, Integer::sum);
      }
      byDay.computeIfAbsent(s.getDayIndex(), k -> new ArrayList<>()).add(s);
    }
    Map<Long, ReadingRole> roles = new HashMap<>();
    double[] owed = new double[3];
    for (List<ReadingShift> day : byDay.values()) {
      double[] target = owed.clone();
      double[] given = new double[3];
      List<ReadingShift> free = new ArrayList<>();
      for (ReadingShift s : day) {
        double[] share = lp.shares().get(s.getId());
        if (share != null) {
          for (int r = 0; r < 3; r++) {
            target[r] += share[r] * s.getCapacity();
          }
        }
        if (s.isPinned()) {
          if (s.getRole() != null) {
            given[s.getRole().ordinal()] += s.getCapacity();
          }
        } else {
          roles.put(s.getId(), null);
          if (share != null) {
            free.add(s);
          }
        }
      }
      // first reads in the morning so the afternoon can second read them; second reads in the
      // afternoon (and the morning, for the day before's afternoon); arbitration anywhere
      for (int role : new int[] {0, 1, 2}) {
        List<ReadingShift> candidates = new ArrayList<>(free);
        int r = role;
        candidates.sort(
            (a, b) -> {
              int byPart =
                  r == 0
                      ? Integer.compare(a.getPart().ordinal(), b.getPart().ordinal())
                      : r == 1 ? Integer.compare(b.getPart().ordinal(), a.getPart().ordinal()) : 0;
              return byPart != 0
                  ? byPart
                  : Double.compare(
                      total(lp.shares().get(b.getId())), total(lp.shares().get(a.getId())));
            });
        for (ReadingShift s : candidates) {
          boolean allowed = r != 2 || s.getReader().isArbitrator();
          if (given[r] + s.getCapacity() / 2.0 > target[r] + 1e-6) {
            break;
          }
          if (allowed
              && roles.get(s.getId()) == null
              && room.get(List.of(s.getReader(), s.getWeek())) > 0) {
            roles.put(s.getId(), ReadingRole.values()[r]);
            given[r] += s.getCapacity();
            room.merge(List.of(s.getReader(), s.getWeek()), -1, Integer::sum);
          }
        }
      }
      // what a day could not give (arbitration is a few cases a day) is owed to the next
      for (int r = 0; r < 3; r++) {
        owed[r] = Math.max(0, target[r] - given[r]);
      }
    }
    return roles;
  }

  /** Role indexes, the largest target first. */
  private static int[] order(double[] target) {
    Integer[] idx = {0, 1, 2};
    java.util.Arrays.sort(idx, (a, b) -> Double.compare(target[b], target[a]));
    return new int[] {idx[0], idx[1], idx[2]};
  }

  private static double total(double[] share) {
    return share == null ? 0 : share[0] + share[1] + share[2];
  }

  /** One solve's variables and constraints. */
  private static final class Model {
    private final ReaderRoster roster;
    private final ReadingDemand demand;
    private final Goal goal;
    private final boolean keepPinned;
    private final MPSolver solver;
    private final double sigma;
    private final double alpha;
    private final List<Integer> steps = new ArrayList<>();
    private final Map<Integer, Integer> stepIndex = new HashMap<>();
    private final List<Cohort> cohorts = new ArrayList<>();
    private final Map<ReadingShift, MPVariable[]> roleVars = new LinkedHashMap<>();
    private final Map<MPVariable, Double> late = new HashMap<>();
    private final Map<MPVariable, Double> waiting = new HashMap<>();
    private final Map<MPVariable, Double> end = new HashMap<>();
    private double lateConstant;
    private double waitingConstant;
    private double endConstant;

    Model(ReaderRoster roster, Goal goal, boolean keepPinned, MPSolver solver) {
      this.roster = roster;
      this.demand = roster.getDemand();
      this.goal = goal;
      this.keepPinned = keepPinned;
      this.solver = solver;
      this.sigma = demand.secondReadShare();
      this.alpha = demand.arbitrationShareOfSecondReads();
    }

    private boolean usable(ReadingShift s) {
      if (keepPinned && s.isPinned()) {
        return s.getRole() != null;
      }
      return s.getPreference() != Preference.UNAVAILABLE && s.getCapacity() > 0;
    }

    Result solve(long startMillis) {
      buildSessions();
      buildCohorts();
      buildCapacity();
      buildObjective();
      MPSolver.ResultStatus status = solver.solve();
      boolean ok = status == MPSolver.ResultStatus.OPTIMAL;
      Map<Long, double[]> shares = new HashMap<>();
      if (ok) {
        roleVars.forEach(
            (shift, vars) -> {
              double[] share = new double[3];
              for (int r = 0; r < 3; r++) {
                share[r] = vars[r] == null ? 0 : vars[r].solutionValue();
              }
              shares.put(shift.getId(), share);
            });
      }
      return new Result(
          ok,
          ok ? value(late, lateConstant) : Double.NaN,
          ok ? value(waiting, waitingConstant) : Double.NaN,
          ok ? value(end, endConstant) : Double.NaN,
          shares,
          System.currentTimeMillis() - startMillis);
    }

    private static double value(Map<MPVariable, Double> expr, double constant) {
      double v = constant;
      for (Map.Entry<MPVariable, Double> e : expr.entrySet()) {
        v += e.getKey().solutionValue() * e.getValue();
      }
      return Math.max(0, v);
    }

    /** Role shares of each usable shift; the steps (day × session) that have any. */
    private void buildSessions() {
      TreeMap<Integer, Boolean> used = new TreeMap<>();
      Map<List<Object>, List<MPVariable>> week = new LinkedHashMap<>();
      for (ReadingShift s : roster.getShifts()) {
        if (!usable(s)) {
          continue;
        }
        used.put(s.getDayIndex(), true);
        MPVariable[] vars = new MPVariable[3];
        boolean fixed = keepPinned && s.isPinned();
        for (ReadingRole role : ReadingRole.values()) {
          boolean allowed = role != ReadingRole.ARBITRATION || s.getReader().isArbitrator();
          if (fixed) {
            double v = s.getRole() == role ? 1 : 0;
            vars[role.ordinal()] = solver.makeNumVar(v, v, "");
          } else if (allowed) {
            vars[role.ordinal()] = solver.makeNumVar(0, 1, "");
          }
        }
        MPConstraint one = solver.makeConstraint(0, 1, "");
        for (MPVariable v : vars) {
          if (v != null) {
            one.setCoefficient(v, 1);
            week.computeIfAbsent(List.of(s.getReader(), s.getWeek()), k -> new ArrayList<>())
                .add(v);
          }
        }
        roleVars.put(s, vars);
      }
      week.forEach(
          (key, vars) -> {
            Reader reader = (Reader) key.get(0);
            MPConstraint limit =
                solver.makeConstraint(
                    0, Math.max(reader.getReadingSessionsPerWeek(), pinnedIn(key)), "");
            vars.forEach(v -> limit.setCoefficient(v, 1));
          });
      steps.addAll(used.keySet());
      for (int k = 0; k < steps.size(); k++) {
        stepIndex.put(steps.get(k), k);
      }
    }

    private int pinnedIn(List<Object> readerWeek) {
      if (!keepPinned) {
        return 0;
      }
      int n = 0;
      for (ReadingShift s : roster.getShifts()) {
        if (s.isPinned()
            && s.getRole() != null
            && s.getReader().equals(readerWeek.get(0))
            && s.getWeek() == (Integer) readerWeek.get(1)) {
          n++;
        }
      }
      return n;
    }

    /** Index of the first step at or after {@code step}, or steps.size(). */
    private int firstStepFrom(int step) {
      int lo = 0;
      int hi = steps.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (steps.get(mid) < step) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private void buildCohorts() {
      Map<Integer, double[]> opening = new TreeMap<>();
      for (OpeningBacklog.Cohort c : demand.opening().cohorts()) {
        double[] amounts =
            opening.computeIfAbsent(-Math.max(1, c.workingDaysBefore()), k -> new double[3]);
        amounts[c.stage().ordinal()] += c.cases();
      }
      opening.forEach((s, a) -> cohorts.add(new Cohort(s, -1, a[0], a[1], a[2], 0)));
      for (int d = 0; d < demand.dayCount(); d++) {
        if (demand.intake(d) > 0) {
          cohorts.add(
              new Cohort(demand.workNo(d), d, demand.intake(d), 0, 0, firstStepFrom(d + 1)));
        }
      }
      for (Cohort c : cohorts) {
        c.build();
      }
    }

    private final List<List<MPVariable[]>> readsAtStep = new ArrayList<>();

    /** Reads in each role at each step fit the capacity the role shares give. */
    private void buildCapacity() {
      List<MPConstraint[]> caps = new ArrayList<>();
      for (int k = 0; k < steps.size(); k++) {
        MPConstraint[] row = new MPConstraint[3];
        for (int r = 0; r < 3; r++) {
          row[r] = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
        }
        caps.add(row);
      }
      roleVars.forEach(
          (shift, vars) -> {
            MPConstraint[] row = caps.get(stepIndex.get(shift.getDayIndex()));
            for (int r = 0; r < 3; r++) {
              if (vars[r] != null) {
                row[r].setCoefficient(vars[r], -shift.getCapacity());
              }
            }
          });
      for (Cohort c : cohorts) {
        for (int r = 0; r < 3; r++) {
          MPVariable[] cum = c.cum[r];
          if (cum == null) {
            continue;
          }
          for (int k = c.from; k < steps.size(); k++) {
            MPConstraint row = caps.get(k)[r];
            row.setCoefficient(cum[k - c.from], row.getCoefficient(cum[k - c.from]) + 1);
            if (k > c.from) {
              row.setCoefficient(cum[k - c.from - 1], -1);
            }
          }
        }
      }
    }

    /** Case-days: each cohort's unfinished cases at the end of each working day. */
    private void buildObjective() {
      int target = demand.targetWorkingDays();
      int lastWorking = -1;
      for (int d = 0; d < demand.dayCount(); d++) {
        if (demand.isWorkingDay(d)) {
          lastWorking = d;
        }
      }
      for (Cohort c : cohorts) {
        // working-day numbers before the horizon (opening cohorts): nothing is read then
        int before = Math.max(0, -c.s);
        waitingConstant += before * c.total;
        lateConstant += Math.max(0, -(c.s + target)) * c.total;
        for (int d = Math.max(0, c.day); d < demand.dayCount(); d++) {
          if (!demand.isWorkingDay(d)) {
            continue;
          }
          int k = firstStepFrom(d + 1) - 1; // day d's step, or the last before it
          addUnfinished(c, k, waiting);
          waitingConstant += c.total;
          if (demand.workNo(d) >= c.s + target) {
            addUnfinished(c, k, late);
            lateConstant += c.total;
          }
          if (d == lastWorking) {
            addUnfinished(c, k, end);
            endConstant += c.total;
          }
        }
      }
      MPObjective objective = solver.objective();
      switch (goal) {
        case LATE -> late.forEach(objective::setCoefficient);
        case END_QUEUE -> end.forEach(objective::setCoefficient);
        case START -> {
          late.forEach((v, w) -> objective.setCoefficient(v, 100 * w));
          waiting.forEach((v, w) -> objective.setCoefficient(v, objective.getCoefficient(v) + w));
          roleVars
              .values()
              .forEach(
                  vars -> {
                    for (MPVariable v : vars) {
                      if (v != null) {
                        objective.setCoefficient(v, 1e-3);
                      }
                    }
                  });
        }
      }
      objective.setMinimization();
    }

    /** −(cases done by step k): (1 − σ) of first reads, (1 − α) of second reads, arbitrations. */
    private void addUnfinished(Cohort c, int k, Map<MPVariable, Double> expr) {
      if (k < c.from) {
        return;
      }
      double[] done = {1 - sigma, 1 - alpha, 1};
      for (int r = 0; r < 3; r++) {
        if (c.cum[r] != null) {
          expr.merge(c.cum[r][k - c.from], -done[r], Double::sum);
        }
      }
    }

    /** Cases of one screening day (or a day before the horizon): cumulative reads per step. */
    private final class Cohort {
      private final int s;
      private final int day;
      private final double first;
      private final double second;
      private final double arbitration;
      private final int from;
      private final double total;
      private final MPVariable[][] cum = new MPVariable[3][];

      Cohort(int s, int day, double first, double second, double arbitration, int from) {
        this.s = s;
        this.day = day;
        this.first = first;
        this.second = second;
        this.arbitration = arbitration;
        this.from = from;
        this.total = first + second + arbitration;
      }

      void build() {
        int n = steps.size() - from;
        if (n <= 0) {
          return;
        }
        double maxSecond = sigma * first + second;
        double maxArbitration = alpha * maxSecond + arbitration;
        double[] upper = {first, maxSecond, maxArbitration};
        for (int r = 0; r < 3; r++) {
          if (upper[r] <= 1e-9) {
            continue;
          }
          cum[r] = new MPVariable[n];
          for (int i = 0; i < n; i++) {
            cum[r][i] = solver.makeNumVar(0, upper[r], "");
            if (i > 0) {
              MPConstraint monotone = solver.makeConstraint(0, Double.POSITIVE_INFINITY, "");
              monotone.setCoefficient(cum[r][i], 1);
              monotone.setCoefficient(cum[r][i - 1], -1);
            }
          }
        }
        // a second read needs a first read by the end of that day; arbitration a second read
        // (the simulation also needs them in an earlier session of the day: relaxed here)
        double[] carried = {0, second, arbitration};
        double[] share = {0, sigma, alpha};
        for (int r = 1; r < 3; r++) {
          if (cum[r] == null) {
            continue;
          }
          for (int i = 0; i < n; i++) {
            MPConstraint after = solver.makeConstraint(Double.NEGATIVE_INFINITY, carried[r], "");
            after.setCoefficient(cum[r][i], 1);
            if (cum[r - 1] != null) {
              after.setCoefficient(cum[r - 1][i], -share[r]);
            }
          }
        }
      }
    }
  }
}
