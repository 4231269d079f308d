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
  private final CpModel model = new CpModel();
  private final Map<Long, Map<Staff, BoolVar>> vars = new LinkedHashMap<>();
  private final Map<String, Integer> pinnedSessions = new HashMap<>();
  private final Map<String, Boolean> pinnedHalfDay = new HashMap<>();
  private final Map<String, java.util.Set<LocalDate>> pinnedVanDays = new HashMap<>();
  private long requiredSlots;
  private long pinnedLost;

  private OptimalFill(ClinicSchedule plan) {
    this.plan = plan;
  }

  /** Solves the fill within {@code limit}; empty when CP-SAT found no plan in time. */
  public static java.util.Optional<Result> solve(ClinicSchedule plan, Duration limit) {
    Loader.loadNativeLibraries();
    return new OptimalFill(plan).run(limit);
  }

  private java.util.Optional<Result> run(Duration limit) {
    long started = System.nanoTime();
    countPinned();
    createVariables();
    onePositionOnePerson();
    oneHalfDayOnePlace();
    contractAndVanDays();
    travelOverLunch();
    model.maximize(objective());
    CpSolver solver = new CpSolver();
    solver
        .getParameters()
        .setMaxTimeInSeconds(Math.max(0.5, limit.toMillis() / 1000.0))
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
        new Result(
            chosen,
            requiredSlots - filled + pinnedLost,
            Math.max(0, requiredSlots - bestFilled) + pinnedLost,
            status == CpSolverStatus.OPTIMAL,
            Duration.ofNanos(System.nanoTime() - started)));
  }

  private List<PositionAssignment> movable() {
    return plan.getAssignments().stream().filter(a -> !a.isPinned()).toList();
  }

  private void countPinned() {
    for (PositionAssignment a : plan.getAssignments()) {
      if (!a.isPinned()) {
        if (a.isRequired()) {
          requiredSlots += a.getSession().slots();
        }
        continue;
      }
      Staff s = a.getStaff();
      if (s == null) {
        pinnedLost += a.isRequired() ? a.getSession().slots() : 0;
        continue;
      }
      Session session = a.getSession();
      pinnedHalfDay.put(s.id() + "|" + session.halfDay(), true);
      pinnedSessions.merge(s.id() + "|" + session.week(), 1, Integer::sum);
      if (session.van()) {
        pinnedVanDays
            .computeIfAbsent(s.id() + "|" + session.week(), k -> new java.util.HashSet<>())
            .add(session.date());
      }
    }
  }

  /** A choice for each movable position and each qualified person free that half-day. */
  private void createVariables() {
    for (PositionAssignment a : movable()) {
      Map<Staff, BoolVar> choices = new LinkedHashMap<>();
      for (Staff s : a.getEligible()) {
        boolean free =
            !s.unavailableFor(a.getSession())
                && !pinnedHalfDay.containsKey(s.id() + "|" + a.getSession().halfDay());
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
                      - pinnedSessions.getOrDefault(week, 0));
          if (xs.size() > room) {
            model.addLessOrEqual(LinearExpr.sum(xs.toArray(new BoolVar[0])), room);
          }
        });
    vanDay.forEach(
        (week, days) -> {
          java.util.Set<LocalDate> pinned = pinnedVanDays.getOrDefault(week, java.util.Set.of());
          List<BoolVar> extra = new ArrayList<>();
          days.forEach(
              (d, y) -> {
                if (!pinned.contains(d)) {
                  extra.add(y);
                }
              });
          long room = Math.max(0, people.get(week).maxVanDaysPerWeek() - pinned.size());
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
      } else if (!a.isPinned()) {
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
