package uk.nhs.screeningplanner.roster.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.Score;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.nhs.screeningplanner.roster.domain.DayPlan;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingQueues;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;

/**
 * The roster's construction: the roles the capacity LP ({@link ReadingCapacityLp}, goal START)
 * gives, rounded per reader and week, so the search starts from the capacity the queues need
 * instead of adding one session at a time (a first read alone shortens no wait, so a single move
 * could not start). Pinned sessions keep their roles. A roster that already scores better than the
 * rounded LP (a re-solve) is kept as it is.
 */
public class CapacityLpStart implements CustomPhaseCommand<ReaderRoster> {

  private static final Logger LOG = LoggerFactory.getLogger(CapacityLpStart.class);

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public void changeWorkingSolution(ScoreDirector<ReaderRoster> director) {
    ReaderRoster roster = director.getWorkingSolution();
    ReadingCapacityLp.Result lp;
    try {
      lp = ReadingCapacityLp.solve(roster, ReadingCapacityLp.Goal.START, true);
    } catch (RuntimeException | LinkageError e) {
      LOG.warn(
          "Reader roster: no LP start ({}); the search starts from the roster as it is",
          e.toString());
      return;
    }
    if (!lp.solved()) {
      LOG.warn(
          "Reader roster: the LP found no optimum; the search starts from the roster as it is");
      return;
    }
    InnerScoreDirector<ReaderRoster, ?> inner = (InnerScoreDirector<ReaderRoster, ?>) director;
    Score before = inner.calculateScore();
    Map<ReadingShift, ReadingRole> previous = new HashMap<>();
    Map<Long, ReadingRole> roles =
        withoutBlockedSessions(roster, ReadingCapacityLp.roles(roster, lp));
    for (ReadingShift s : roster.getShifts()) {
      if (!s.isPinned() && roles.containsKey(s.getId()) && roles.get(s.getId()) != s.getRole()) {
        previous.put(s, s.getRole());
        set(director, s, roles.get(s.getId()));
      }
    }
    Score after = inner.calculateScore();
    LOG.info(
        "Reader roster: LP start in {} ms ({} sessions changed): {} -> {}",
        lp.millis(),
        previous.size(),
        before,
        after);
    if (before.isSolutionInitialized() && after.compareTo(before) < 0 && hasRoles(previous)) {
      previous.forEach((s, role) -> set(director, s, role));
      inner.calculateScore();
    }
  }

  /**
   * The LP leaves out the distinct-reader rule, so its rounded roster may have sessions that could
   * only read their own reader's cases (a hard breach). Such sessions are dropped, a few rounds
   * over, so the search starts from a roster that keeps every hard rule.
   */
  static Map<Long, ReadingRole> withoutBlockedSessions(
      ReaderRoster roster, Map<Long, ReadingRole> roles) {
    Map<Long, ReadingRole> result = new HashMap<>(roles);
    Map<List<Object>, Long> shiftIds = new HashMap<>();
    for (ReadingShift s : roster.getShifts()) {
      shiftIds.put(List.of(s.getReader().getId(), s.getDayIndex(), s.getPart()), s.getId());
    }
    for (int round = 0; round < 8; round++) {
      ReadingQueues queues =
          ReadingQueues.simulate(roster.getDemand(), plans(roster, result), false);
      boolean dropped = false;
      for (ReadingQueues.Blocked b : queues.blocked()) {
        Long id = shiftIds.get(List.of(b.reader().getId(), b.dayIndex(), b.part()));
        if (id != null && b.cases() >= 0.5 && result.get(id) == b.role()) {
          result.put(id, null);
          dropped = true;
        }
      }
      if (!dropped) {
        break;
      }
    }
    return result;
  }

  private static List<DayPlan> plans(ReaderRoster roster, Map<Long, ReadingRole> roles) {
    Map<Integer, List<DayPlan.Session>> byDay = new HashMap<>();
    for (ReadingShift s : roster.getShifts()) {
      ReadingRole role =
          s.isPinned() || !roles.containsKey(s.getId()) ? s.getRole() : roles.get(s.getId());
      if (role != null) {
        byDay
            .computeIfAbsent(s.getDayIndex(), d -> new ArrayList<>())
            .add(new DayPlan.Session(s.getReader(), s.getPart(), role, s.getCapacity()));
      }
    }
    List<DayPlan> plans = new ArrayList<>();
    byDay.forEach((day, sessions) -> plans.add(new DayPlan(day, sessions)));
    return plans;
  }

  private static boolean hasRoles(Map<ReadingShift, ReadingRole> previous) {
    return previous.values().stream().anyMatch(r -> r != null);
  }

  private static void set(ScoreDirector<ReaderRoster> director, ReadingShift s, ReadingRole role) {
    director.beforeVariableChanged(s, "role");
    s.setRole(role);
    director.afterVariableChanged(s, "role");
    director.triggerVariableListeners();
  }
}
