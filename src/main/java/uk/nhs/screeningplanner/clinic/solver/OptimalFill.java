package uk.nhs.screeningplanner.clinic.solver;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.domain.Session;
import uk.nhs.screeningplanner.clinic.domain.Staff;

/**
 * The most screening and assessment slots any plan can keep (issue #15): who fills the required
 * positions so the fewest slots are lost, under every hard rule — skill, availability, one place
 * per half-day, the weekly contract, van days a week and travel over lunch — solved exactly with
 * OR-Tools' CP-SAT. Pinned positions stay as they are. Among the plans that lose fewest slots it
 * keeps the most positions as they are now, so a replan moves as little as it can.
 *
 * <p>The result is a plan the local search starts from, and a bound: CP-SAT's proven best
 * objective, so no plan can lose fewer slots than {@link Result#leastSlotsLost()} (equal to the
 * plan's own loss when {@link Result#optimal()}).
 */
public final class OptimalFill {

  /** A filled slot outweighs keeping any number of positions as they are. */
  private static final long SLOT = 100_000;

  /** What the fill found: who holds each movable position, and the bound on slots lost. */
  public record Result(
      Map<Long, Staff> staffByAssignment,
      long slotsLost,
      long leastSlotsLost,
      boolean optimal,
      Duration took) {}

  private final ClinicSchedule plan;
  private final List<PositionAssignment> scope;
  private final CpModel model = new CpModel();
  private final Map<Long, Map<Staff, BoolVar>> vars = new LinkedHashMap<>();
  private final Pinned pinned;
  private long requiredSlots;

  /** What pinned positions take: half-days, sessions and van days per person and week. */
  private static final class Pinned {
    final Map<String, Integer> sessions = new HashMap<>();
    final Map<String, Boolean> halfDay = new HashMap<>();
    final Map<String, java.util.Set<LocalDate>> vanDays = new HashMap<>();
    long lost;

    Pinned(ClinicSchedule plan) {
      for (PositionAssignment a : plan.getAssignments()) {
        if (!a.isPinned()) {
          continue;
        }
        Staff s = a.getStaff();
        if (s == null) {
          lost += a.isRequired() ? a.getSession().slots() : 0;
          continue;
        }
        Session session = a.getSession();
        halfDay.put(s.id() + "|" + session.halfDay(), true);
        sessions.merge(s.id() + "|" + session.week(), 1, Integer::sum);
        if (session.van()) {
          vanDays
              .computeIfAbsent(s.id() + "|" + session.week(), k -> new java.util.HashSet<>())
              .add(session.date());
        }
      }
    }
  }

  /** One independent part's answer. */
  private record Part(Map<Long, Staff> chosen, long lost, long leastLost, boolean optimal) {}

  private OptimalFill(ClinicSchedule plan, List<PositionAssignment> scope, Pinned pinned) {
    this.plan = plan;
    this.scope = scope;
    this.pinned = pinned;
  }

  /**
   * Solves the fill within {@code limit}; empty when CP-SAT found no plan for any part in time.
   *
   * <p>Every hard rule the fill models binds within one week (a half-day, a day's travel, the
   * weekly contract and van days), so the problem falls apart into weeks, and within a week into
   * groups of people who share no position. Each part is solved on its own, largest first, with a
   * share of the time in proportion to its size; time a part does not use passes to the rest, and
   * each part gets at least 0.2 s, so with many parts the fill may run a little past {@code limit}.
   * A service-week is proven in about a second on 2 cores; the 7-service consortium over 12 weeks
   * is about 84 such parts, so within a 60 s limit under load the later parts get too little time,
   * find no answer and count as unfilled (README, issue #15). A part with no answer in its time
   * keeps its positions as they are and counts no bound.
   */
  public static java.util.Optional<Result> solve(ClinicSchedule plan, Duration limit) {
    Loader.loadNativeLibraries();
    long started = System.nanoTime();
    long deadline = started + Math.max(500_000_000L, limit.toNanos());
    Pinned pinned = new Pinned(plan);
    List<List<PositionAssignment>> parts = parts(plan);
    int remaining = parts.stream().mapToInt(List::size).sum();
    Map<Long, Staff> chosen = new HashMap<>();
    long lost = pinned.lost;
    long least = pinned.lost;
    boolean optimal = true;
    boolean any = false;
    for (List<PositionAssignment> part : parts) {
      long left = Math.max(0, deadline - System.nanoTime());
      double share = Math.max(0.2, left / 1e9 * part.size() / Math.max(1, remaining));
      remaining -= part.size();
      java.util.Optional<Part> r = new OptimalFill(plan, part, pinned).run(share);
      if (r.isEmpty()) {
        optimal = false;
        for (PositionAssignment a : part) {
          if (a.isRequired() && a.getStaff() == null) {
            lost += a.getSession().slots();
          }
        }
        continue;
      }
      any = true;
      chosen.putAll(r.get().chosen());
      lost += r.get().lost();
      least += r.get().leastLost();
      optimal &= r.get().optimal();
    }
    if (!any) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Result(chosen, lost, least, optimal, Duration.ofNanos(System.nanoTime() - started)));
  }

  /** The movable positions split into independent parts: by week, then by shared people. */
  static List<List<PositionAssignment>> parts(ClinicSchedule plan) {
    Map<LocalDate, List<PositionAssignment>> byWeek = new java.util.TreeMap<>();
    for (PositionAssignment a : plan.getAssignments()) {
      if (!a.isPinned()) {
        byWeek.computeIfAbsent(a.getSession().week(), w -> new ArrayList<>()).add(a);
      }
    }
    List<List<PositionAssignment>> parts = new ArrayList<>();
    for (List<PositionAssignment> week : byWeek.values()) {
      Map<Long, Long> parent = new HashMap<>();
      Map<Long, Long> firstPositionOf = new HashMap<>();
      for (PositionAssignment a : week) {
        parent.put(a.getId(), a.getId());
      }
      for (PositionAssignment a : week) {
        for (Staff s : a.getEligible()) {
          Long other = firstPositionOf.putIfAbsent(s.id(), a.getId());
          if (other != null) {
            union(parent, other, a.getId());
          }
        }
      }
      Map<Long, List<PositionAssignment>> groups = new LinkedHashMap<>();
      for (PositionAssignment a : week) {
        groups.computeIfAbsent(find(parent, a.getId()), k -> new ArrayList<>()).add(a);
      }
      parts.addAll(groups.values());
    }
    parts.sort(java.util.Comparator.comparingInt(p -> -p.size()));
    return parts;
  }

  private static long find(Map<Long, Long> parent, long x) {
    long root = x;
    while (parent.get(root) != root) {
      root = parent.get(root);
    }
    while (parent.get(x) != root) {
      long next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  private static void union(Map<Long, Long> parent, long a, long b) {
    long ra = find(parent, a);
    long rb = find(parent, b);
    if (ra != rb) {
      parent.put(ra, rb);
    }
  }

  private java.util.Optional<Part> run(double seconds) {
    for (PositionAssignment a : scope) {
      if (a.isRequired()) {
        requiredSlots += a.getSession().slots();
      }
    }
    createVariables();
    onePositionOnePerson();
    oneHalfDayOnePlace();
    contractAndVanDays();
    travelOverLunch();
    model.maximize(objective());
    CpSolver solver = new CpSolver();
    solver
        .getParameters()
        .setMaxTimeInSeconds(seconds)
        .setNumWorkers(Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())))
        .setRandomSeed(1);
    CpSolverStatus status = solver.solve(model);
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      return java.util.Optional.empty();
    }
    Map<Long, Staff> chosen = new HashMap<>();
    long filled = 0;
    for (PositionAssignment a : movable()) {
      Staff who = null;
      for (Map.Entry<Staff, BoolVar> e : vars.get(a.getId()).entrySet()) {
        if (solver.booleanValue(e.getValue())) {
          who = e.getKey();
        }
      }
      chosen.put(a.getId(), who);
      if (who != null && a.isRequired()) {
        filled += a.getSession().slots();
      }
    }
    long bestFilled = (long) Math.floor(solver.bestObjectiveBound() / SLOT);
    return java.util.Optional.of(
        new Part(
            chosen,
            requiredSlots - filled,
            Math.max(0, requiredSlots - bestFilled),
            status == CpSolverStatus.OPTIMAL));
  }

  private List<PositionAssignment> movable() {
    return scope;
  }

  /** A choice for each movable position and each qualified person free that half-day. */
  private void createVariables() {
    for (PositionAssignment a : movable()) {
      Map<Staff, BoolVar> choices = new LinkedHashMap<>();
      for (Staff s : a.getEligible()) {
        boolean free =
            !s.unavailableFor(a.getSession())
                && !pinned.halfDay.containsKey(s.id() + "|" + a.getSession().halfDay());
        if (free) {
          choices.put(s, model.newBoolVar(a.getId() + "-" + s.id()));
        }
      }
      vars.put(a.getId(), choices);
    }
  }

  private void onePositionOnePerson() {
    vars.values().forEach(c -> model.addAtMostOne(new ArrayList<Literal>(c.values())));
  }

  private void oneHalfDayOnePlace() {
    Map<String, List<Literal>> byHalfDay = new HashMap<>();
    for (PositionAssignment a : movable()) {
      vars.get(a.getId())
          .forEach(
              (s, x) ->
                  byHalfDay
                      .computeIfAbsent(
                          s.id() + "|" + a.getSession().halfDay(), k -> new ArrayList<>())
                      .add(x));
    }
    byHalfDay.values().stream().filter(l -> l.size() > 1).forEach(model::addAtMostOne);
  }

  private void contractAndVanDays() {
    Map<String, List<BoolVar>> byWeek = new HashMap<>();
    Map<String, Map<LocalDate, BoolVar>> vanDay = new HashMap<>();
    Map<String, Staff> people = new HashMap<>();
    for (PositionAssignment a : movable()) {
      Session session = a.getSession();
      for (Map.Entry<Staff, BoolVar> e : vars.get(a.getId()).entrySet()) {
        Staff s = e.getKey();
        String week = s.id() + "|" + session.week();
        people.put(week, s);
        byWeek.computeIfAbsent(week, k -> new ArrayList<>()).add(e.getValue());
        if (session.van()) {
          BoolVar day =
              vanDay
                  .computeIfAbsent(week, k -> new HashMap<>())
                  .computeIfAbsent(
                      session.date(), d -> model.newBoolVar("van-" + s.id() + "-" + d));
          model.addImplication(e.getValue(), day);
        }
      }
    }
    byWeek.forEach(
        (week, xs) -> {
          long room =
              Math.max(
                  0,
                  people.get(week).contractedSessionsPerWeek()
                      - pinned.sessions.getOrDefault(week, 0));
          if (xs.size() > room) {
            model.addLessOrEqual(LinearExpr.sum(xs.toArray(new BoolVar[0])), room);
          }
        });
    vanDay.forEach(
        (week, days) -> {
          java.util.Set<LocalDate> pinnedDays =
              pinned.vanDays.getOrDefault(week, java.util.Set.of());
          List<BoolVar> extra = new ArrayList<>();
          days.forEach(
              (d, y) -> {
                if (!pinnedDays.contains(d)) {
                  extra.add(y);
                }
              });
          long room = Math.max(0, people.get(week).maxVanDaysPerWeek() - pinnedDays.size());
          if (extra.size() > room) {
            model.addLessOrEqual(LinearExpr.sum(extra.toArray(new BoolVar[0])), room);
          }
        });
  }

  /** A morning at one site and an afternoon at another only if the drive fits the lunch break. */
  private void travelOverLunch() {
    Map<String, List<Object[]>> byDay = new HashMap<>();
    for (PositionAssignment a : plan.getAssignments()) {
      if (a.isPinned() && a.getStaff() != null) {
        byDay
            .computeIfAbsent(
                a.getStaff().id() + "|" + a.getSession().date(), k -> new ArrayList<>())
            .add(new Object[] {a.getSession(), null});
      } else if (vars.containsKey(a.getId())) {
        vars.get(a.getId())
            .forEach(
                (s, x) ->
                    byDay
                        .computeIfAbsent(
                            s.id() + "|" + a.getSession().date(), k -> new ArrayList<>())
                        .add(new Object[] {a.getSession(), x}));
      }
    }
    for (List<Object[]> day : byDay.values()) {
      for (Object[] am : day) {
        for (Object[] pm : day) {
          Session m = (Session) am[0];
          Session p = (Session) pm[0];
          if (m.morning() && !p.morning() && tooFar(m, p)) {
            forbidTogether((BoolVar) am[1], (BoolVar) pm[1]);
          }
        }
      }
    }
  }

  private void forbidTogether(BoolVar am, BoolVar pm) {
    if (am != null && pm != null) {
      model.addBoolOr(new Literal[] {am.not(), pm.not()});
    } else if (am != null) {
      model.addBoolOr(new Literal[] {am.not()});
    } else if (pm != null) {
      model.addBoolOr(new Literal[] {pm.not()});
    }
  }

  private static boolean tooFar(Session am, Session pm) {
    if (am.site() == null || pm.site() == null) {
      return false;
    }
    return am.site().travelMinutesTo(pm.site()) > pm.startMinute() - am.endMinute();
  }

  /** Slots kept first; then positions kept as they are, then busy sessions' third people. */
  private LinearExprBuilder objective() {
    LinearExprBuilder objective = LinearExpr.newBuilder();
    for (PositionAssignment a : movable()) {
      for (Map.Entry<Staff, BoolVar> e : vars.get(a.getId()).entrySet()) {
        long weight = a.isRequired() ? SLOT * a.getSession().slots() : 0;
        weight += e.getKey().equals(a.getStaff()) ? 2 : 0;
        weight += !a.isRequired() && a.getSession().busy() && a.getSession().required() ? 1 : 0;
        if (weight > 0) {
          objective.addTerm(e.getValue(), weight);
        }
      }
    }
    return objective;
  }
}
