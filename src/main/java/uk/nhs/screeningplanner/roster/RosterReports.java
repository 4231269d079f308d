package uk.nhs.screeningplanner.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import uk.nhs.screeningplanner.roster.RosterSnapshot.RosterReader;
import uk.nhs.screeningplanner.roster.data.AssembledRoster;
import uk.nhs.screeningplanner.roster.data.RosterPlan;
import uk.nhs.screeningplanner.roster.data.RosterShiftRow;
import uk.nhs.screeningplanner.roster.domain.Dates;
import uk.nhs.screeningplanner.roster.domain.OpeningBacklog;
import uk.nhs.screeningplanner.roster.domain.Preference;
import uk.nhs.screeningplanner.roster.domain.QueueDay;
import uk.nhs.screeningplanner.roster.domain.Reader;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingDemand;
import uk.nhs.screeningplanner.roster.domain.ReadingQueues;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;
import uk.nhs.screeningplanner.roster.solver.RosterBounds;
import uk.nhs.screeningplanner.roster.solver.RosterJustification;

/** Turns an assembled, scored roster into what people read: the grid, the days, the reasons. */
final class RosterReports {

  private RosterReports() {}

  static RosterSnapshot snapshot(AssembledRoster a, HardMediumSoftLongScore score) {
    return snapshot(a, score, null, "unavailable");
  }

  /**
   * @param bound the roster's lower bound, or null when not (yet) known
   * @param boundState "ready", "computing" or "unavailable"
   */
  static RosterSnapshot snapshot(
      AssembledRoster a,
      HardMediumSoftLongScore score,
      RosterBounds.Bound bound,
      String boundState) {
    RosterPlan plan = a.plan();
    ReaderRoster roster = a.roster();
    ReadingQueues queues = ReadingQueues.of(roster);
    List<RosterCell> cells = new ArrayList<>();
    for (ReadingShift s : roster.getShifts()) {
      RosterShiftRow row = a.rowByShiftId().get(s.getId());
      cells.add(
          new RosterCell(
              row == null ? -1 : row.getId(),
              s.getReader().getId(),
              s.getDate(),
              s.getPart(),
              s.getRole(),
              row != null && row.isPinned(),
              s.getPreference() == Preference.UNAVAILABLE,
              s.wasPublished() && s.differsFromPublished(),
              s.getPublishedRole(),
              a.blockedBy().get(s.getId()),
              a.draftClashes().get(s.getId())));
    }
    return new RosterSnapshot(
        plan.getId(),
        plan.getStatus(),
        plan.getHorizonStart(),
        plan.getHorizonEnd(),
        score.toString(),
        score.isFeasible(),
        queues.casesLate(),
        queues.caseDaysLate(),
        roster.getDemand().formula(),
        plan.getReadingTargetDays(),
        plan.getReadingSessionsPerWeek(),
        plan.getReplanFrom(),
        plan.getPublishedAt() == null
            ? "never published"
            : "roster in force published "
                + Dates.stamp(plan.getPublishedAt())
                + " by "
                + plan.getPublishedBy(),
        plan.getPublishedAt(),
        roster.getDemand().days(),
        readers(roster),
        cells,
        days(roster, queues),
        figures(roster, queues, bound, boundState));
  }

  /** The figures beside the roster (issues 12 and 15), from the same simulation as the score. */
  static RosterFigures figures(
      ReaderRoster roster, ReadingQueues queues, RosterBounds.Bound bound, String boundState) {
    ReadingDemand d = roster.getDemand();
    ReadingQueues anyReader =
        ReadingQueues.withoutDistinctReaders(d, ReadingQueues.plans(roster.getShifts()));
    long yesterday =
        Math.round(
            d.opening().cohorts().stream()
                .filter(c -> c.workingDaysBefore() <= 1)
                .mapToDouble(OpeningBacklog.Cohort::cases)
                .sum());
    int last = d.dayCount() - 1;
    while (last > 0 && !d.isWorkingDay(last)) {
      last--;
    }
    boolean ready = bound != null && bound.solved();
    return new RosterFigures(
        queues.caseDaysLate(),
        anyReader.caseDaysLate(),
        ready ? "ready" : bound != null ? "unavailable" : boundState,
        ready ? bound.lateCaseDays() : 0,
        ready ? bound.leastEndQueue() : 0,
        ready ? bound.millis() : 0,
        queues.waitingCaseDays(),
        queues.meanDaysToResult(),
        queues.p95DaysToResult(),
        Math.round(queues.queueAtStart()),
        d.opening().source(),
        yesterday,
        Math.round(queues.queueAtEnd()),
        last < 0 ? 0 : d.intake(last),
        Math.max(1, d.dayCount() / 5));
  }

  private static List<RosterReader> readers(ReaderRoster roster) {
    Map<Reader, int[]> reads = new HashMap<>();
    for (ReadingShift s : roster.getShifts()) {
      int[] r = reads.computeIfAbsent(s.getReader(), x -> new int[2]);
      if (s.getRole() != null) {
        r[0] += s.getCapacity();
        r[1] += s.capacityIn(ReadingRole.FIRST_READ);
      }
    }
    return roster.getReaders().stream()
        .sorted(Comparator.comparing(Reader::getName))
        .map(
            r -> {
              int[] done = reads.getOrDefault(r, new int[2]);
              return new RosterReader(
                  r.getId(),
                  r.getCode(),
                  r.getName(),
                  r.isArbitrator(),
                  r.getReadingSessionsPerWeek(),
                  done[0],
                  r.getReadsTarget(),
                  done[1],
                  r.getFirstReadsTarget());
            })
        .toList();
  }

  private static List<RosterDay> days(ReaderRoster roster, ReadingQueues queues) {
    ReadingDemand d = roster.getDemand();
    int[][] caps = new int[d.dayCount()][3];
    for (ReadingShift s : roster.getShifts()) {
      if (s.getRole() != null) {
        caps[s.getDayIndex()][s.getRole().ordinal()] += s.getCapacity();
      }
    }
    List<RosterDay> days = new ArrayList<>();
    for (QueueDay q : queues.days()) {
      int i = q.dayIndex();
      days.add(
          new RosterDay(
              d.days().get(i),
              d.intake(i),
              Math.round(d.intake(i) * d.humanReadsPerCase()),
              caps[i][0],
              caps[i][1],
              caps[i][2],
              Math.round(q.awaitingFirst()),
              Math.round(q.awaitingSecond()),
              Math.round(q.awaitingArbitration()),
              q.oldestAgeDays()));
    }
    return days;
  }

  static RosterExplanation explain(
      ScoreExplanation<ReaderRoster, HardMediumSoftLongScore> explanation) {
    List<RosterExplanation.Rule> rules = new ArrayList<>();
    Map<String, List<String>> byReader = new TreeMap<>();
    for (ConstraintMatchTotal<HardMediumSoftLongScore> total :
        explanation.getConstraintMatchTotalMap().values()) {
      HardMediumSoftLongScore s = total.getScore();
      if (s.isZero()) {
        continue;
      }
      List<String> details = new ArrayList<>();
      for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
        if (match.getJustification() instanceof RosterJustification j) {
          String who =
              j.reader().isBlank() || j.description().startsWith(j.reader())
                  ? ""
                  : j.reader() + ": ";
          details.add(who + j.description() + " (" + cost(match.getScore()) + ")");
          if (!j.reader().isBlank()) {
            byReader
                .computeIfAbsent(j.reader(), r -> new ArrayList<>())
                .add(total.getConstraintName() + ": " + j.description());
          }
        }
      }
      details.sort(null);
      rules.add(new RosterExplanation.Rule(total.getConstraintName(), level(s), cost(s), details));
    }
    rules.sort(Comparator.comparing(RosterExplanation.Rule::level).thenComparing(r -> -r.cost()));
    return new RosterExplanation(explanation.getScore().toString(), rules, byReader);
  }

  private static String level(HardMediumSoftLongScore s) {
    return s.hardScore() != 0 ? "1 hard" : s.mediumScore() != 0 ? "2 medium" : "3 soft";
  }

  private static long cost(HardMediumSoftLongScore s) {
    return -(s.hardScore() != 0
        ? s.hardScore()
        : s.mediumScore() != 0 ? s.mediumScore() : s.softScore());
  }

  static List<RosterChange> changes(RosterSnapshot snapshot) {
    Map<Long, String> names = new HashMap<>();
    snapshot.readers().forEach(r -> names.put(r.staffId(), r.name()));
    return snapshot.cells().stream()
        .filter(RosterCell::changed)
        .sorted(Comparator.comparing(RosterCell::date).thenComparing(c -> names.get(c.staffId())))
        .map(
            c ->
                new RosterChange(
                    names.get(c.staffId()), c.date(), c.part(), c.publishedRole(), c.role()))
        .toList();
  }

  static String describe(RosterChange c) {
    return c.reader()
        + " "
        + Dates.show(c.date())
        + " "
        + c.part()
        + ": "
        + (c.before() == null ? "not reading" : c.before().label())
        + " → "
        + (c.after() == null ? "not reading" : c.after().label());
  }
}
