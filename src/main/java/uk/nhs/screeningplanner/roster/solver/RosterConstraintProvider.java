package uk.nhs.screeningplanner.roster.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;
import static uk.nhs.screeningplanner.roster.domain.ReadingRole.ARBITRATION;
import static uk.nhs.screeningplanner.roster.domain.ReadingRole.FIRST_READ;

import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;
import uk.nhs.screeningplanner.roster.domain.Dates;
import uk.nhs.screeningplanner.roster.domain.DayPlan;
import uk.nhs.screeningplanner.roster.domain.Preference;
import uk.nhs.screeningplanner.roster.domain.ReadingDemand;
import uk.nhs.screeningplanner.roster.domain.ReadingQueues;
import uk.nhs.screeningplanner.roster.domain.ReadingQueues.Blocked;
import uk.nhs.screeningplanner.roster.domain.ReadingQueues.BlockedReader;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;

/**
 * The reader roster rules (design.md planning problem 3; domain.md §3). Hard: who may read when.
 * Medium: cases read later than the turnaround target. Soft: volumes, fairness, wishes, waste and
 * change. Every weight measures how badly a rule is broken: sessions, cases or case-days.
 */
public class RosterConstraintProvider implements ConstraintProvider {

  static final HardMediumSoftLongScore HARD = HardMediumSoftLongScore.ONE_HARD;
  static final HardMediumSoftLongScore MEDIUM = HardMediumSoftLongScore.ONE_MEDIUM;
  static final HardMediumSoftLongScore SOFT = HardMediumSoftLongScore.ONE_SOFT;
  static final int FAIRNESS_WEIGHT = 20;
  static final int UNDESIRED_WEIGHT = 300;
  static final int DESIRED_WEIGHT = 100;
  static final int CHANGE_WEIGHT = 1000;

  /**
   * Soft cost of one case waiting one working day for its result, late or not (issue 12: results as
   * soon as the readers' job-planned time allows). Above a case of surplus capacity (1), so reading
   * a case a day sooner is worth a session that would otherwise partly idle; below the wishes and
   * published-roster changes (300, 1,000), so one case-day never overrides a person.
   */
  static final int WAITING_WEIGHT = 5;

  /**
   * Soft cost of a case the horizon hands on to the next roster beyond its last day's screens: as
   * if it waited a whole target more (it delays the next horizon's cases), so a roster ends with no
   * more backlog than it must (issue 12).
   */
  static final int HANDED_ON_WEIGHT = 50;

  private ConstraintFactory queuesFactory;
  private UniConstraintStream<ReadingQueues> queues;

  @Override
  public Constraint[] defineConstraints(ConstraintFactory f) {
    return new Constraint[] {
      readerUnavailable(f),
      arbitrationOnlyByArbitrators(f),
      readingSessionsWithinJobPlan(f),
      secondReadByAnotherReader(f),
      arbitrationByAThirdReader(f),
      casesReadLate(f),
      casesWaiting(f),
      backlogHandedOn(f),
      readsOnTrack(f),
      firstReadsOnTrack(f),
      fairSpread(f),
      undesiredSession(f),
      desiredSessionUnused(f),
      surplusCapacity(f),
      changeFromPublished(f)
    };
  }

  // Hard: nobody reads while on leave or otherwise unavailable (design.md hard rules).
  Constraint readerUnavailable(ConstraintFactory f) {
    return f.forEach(ReadingShift.class)
        .filter(s -> s.getPreference() == Preference.UNAVAILABLE)
        .penalize(HARD)
        .justifyWith((s, score) -> on(s, "is unavailable but rostered to read"))
        .asConstraint("Reader unavailable");
  }

  // Hard: only readers with the ARBITRATOR skill arbitrate (domain.md §3.1).
  Constraint arbitrationOnlyByArbitrators(ConstraintFactory f) {
    return f.forEach(ReadingShift.class)
        .filter(s -> s.getRole() == ARBITRATION && !s.getReader().isArbitrator())
        .penalize(HARD)
        .justifyWith((s, score) -> on(s, "arbitrates but is not an arbitrator"))
        .asConstraint("Arbitration by a non-arbitrator");
  }

  // Hard: no more reading sessions a week than the reader's job plan allows; weight = sessions
  // over.
  Constraint readingSessionsWithinJobPlan(ConstraintFactory f) {
    return f.forEach(ReadingShift.class)
        .groupBy(ReadingShift::getReader, ReadingShift::getWeek, count())
        .filter((reader, week, n) -> n > reader.getReadingSessionsPerWeek())
        .penalize(HARD, (reader, week, n) -> n - reader.getReadingSessionsPerWeek())
        .justifyWith(
            (reader, week, n, score) ->
                new RosterJustification(
                    reader.getName(),
                    String.format(
                        "reads %d sessions in week %d; the job plan allows %d",
                        n, week + 1, reader.getReadingSessionsPerWeek())))
        .asConstraint("More reading sessions than job-planned");
  }

  // Hard: no case is second read by its first reader (domain.md §3.1). The queue simulation
  // never does it (see ReadingQueues); a second-read session that stood idle while the only cases
  // waiting were its own reader's first reads would need it, so it breaks the rule by that many.
  Constraint secondReadByAnotherReader(ConstraintFactory f) {
    return blocked(f, ReadingRole.SECOND_READ)
        .penalizeLong(HARD, BlockedReader::rounded)
        .justifyWith(
            (b, score) ->
                on(
                    b,
                    "second reads but the only cases waiting were %,d they first read themselves"))
        .asConstraint("Second read by the first reader");
  }

  // Hard: the arbitrator is neither of the case's two readers (domain.md §3.1 invariants).
  Constraint arbitrationByAThirdReader(ConstraintFactory f) {
    return blocked(f, ARBITRATION)
        .penalizeLong(HARD, BlockedReader::rounded)
        .justifyWith(
            (b, score) ->
                on(
                    b,
                    "arbitrates but the only arbitrations waiting were %,d of cases they (or the"
                        + " session's other arbitrators) had read"))
        .asConstraint("Arbitration by one of the case's readers");
  }

  // Medium: Σ cases × working days read beyond the target (domain.md §9: ~10 working days).
  Constraint casesReadLate(ConstraintFactory f) {
    return queues(f)
        .penalizeLong(MEDIUM, ReadingQueues::caseDaysLate)
        .justifyWith(
            (q, score) ->
                RosterJustification.roster(
                    String.format(
                        "%,d cases finish reading after %d working days; %,d case-days late in all",
                        q.casesLate(), q.targetWorkingDays(), q.caseDaysLate())))
        .asConstraint("Cases read late");
  }

  // Soft: every working day a case waits for its result, late or not, so results go out as soon
  // as the readers' time allows and the horizon hands no backlog on (issue 12).
  Constraint casesWaiting(ConstraintFactory f) {
    return queues(f)
        .penalizeLong(SOFT, q -> WAITING_WEIGHT * q.waitingCaseDays())
        .justifyWith(
            (q, score) ->
                RosterJustification.roster(
                    String.format(
                        "cases wait %.1f working days on average for their last read (95%% within"
                            + " %d); %,d case-days in all",
                        q.meanDaysToResult(), q.p95DaysToResult(), q.waitingCaseDays())))
        .asConstraint("Cases waiting");
  }

  // Soft: cases still waiting at the end beyond the last day's screens, the backlog handed on.
  Constraint backlogHandedOn(ConstraintFactory f) {
    return queues(f)
        .filter(q -> Math.round(q.backlogAtEnd()) > 0)
        .penalizeLong(SOFT, q -> HANDED_ON_WEIGHT * Math.round(q.backlogAtEnd()))
        .justifyWith(
            (q, score) ->
                RosterJustification.roster(
                    String.format(
                        "%,d cases screened before the last day are still waiting at the end of the"
                            + " horizon",
                        Math.round(q.backlogAtEnd()))))
        .asConstraint("Backlog handed on");
  }

  // Soft: each reader's reads in the horizon keep them on track for 5,000 a year (domain.md §3.2).
  Constraint readsOnTrack(ConstraintFactory f) {
    return f.forEachIncludingNullVars(ReadingShift.class)
        .groupBy(ReadingShift::getReader, sum(s -> s.isAssigned() ? s.getCapacity() : 0))
        .filter((reader, reads) -> reads < reader.getReadsTarget())
        .penalize(SOFT, (reader, reads) -> reader.getReadsTarget() - reads)
        .justifyWith(
            (reader, reads, score) ->
                new RosterJustification(
                    reader.getName(),
                    String.format(
                        "can read %,d cases; %,d keeps them on track for the yearly minimum",
                        reads, reader.getReadsTarget())))
        .asConstraint("Reader behind on reads");
  }

  // Soft: and on track for 1,500 first reads a year (domain.md §3.2).
  Constraint firstReadsOnTrack(ConstraintFactory f) {
    return f.forEachIncludingNullVars(ReadingShift.class)
        .groupBy(ReadingShift::getReader, sum(s -> s.capacityIn(FIRST_READ)))
        .filter((reader, reads) -> reads < reader.getFirstReadsTarget())
        .penalize(SOFT, (reader, reads) -> reader.getFirstReadsTarget() - reads)
        .justifyWith(
            (reader, reads, score) ->
                new RosterJustification(
                    reader.getName(),
                    String.format(
                        "can first read %,d cases; %,d keeps them on track for the yearly minimum",
                        reads, reader.getFirstReadsTarget())))
        .asConstraint("Reader behind on first reads");
  }

  // Soft: sessions spread evenly over readers and weeks (squared sessions per reader per week).
  Constraint fairSpread(ConstraintFactory f) {
    return f.forEach(ReadingShift.class)
        .groupBy(ReadingShift::getReader, ReadingShift::getWeek, count())
        .penalize(SOFT, (reader, week, n) -> FAIRNESS_WEIGHT * n * n)
        .justifyWith(
            (reader, week, n, score) ->
                new RosterJustification(
                    reader.getName(), n + " reading sessions in week " + (week + 1)))
        .asConstraint("Uneven sessions");
  }

  // Soft: avoid sessions a reader asked not to read in.
  Constraint undesiredSession(ConstraintFactory f) {
    return f.forEach(ReadingShift.class)
        .filter(s -> s.getPreference() == Preference.UNDESIRED)
        .penalize(SOFT, s -> UNDESIRED_WEIGHT)
        .justifyWith((s, score) -> on(s, "reads in a session they asked not to"))
        .asConstraint("Undesired session");
  }

  // Soft: use sessions a reader asked to read in.
  Constraint desiredSessionUnused(ConstraintFactory f) {
    return f.forEachIncludingNullVars(ReadingShift.class)
        .filter(s -> s.getPreference() == Preference.DESIRED && !s.isAssigned())
        .penalize(SOFT, s -> DESIRED_WEIGHT)
        .justifyWith((s, score) -> on(s, "asked to read but is not rostered"))
        .asConstraint("Desired session unused");
  }

  // Soft: no reading capacity in a role on a day when that role's queue is already empty.
  Constraint surplusCapacity(ConstraintFactory f) {
    return queues(f)
        .penalizeLong(SOFT, ReadingQueues::unusedCapacity)
        .justifyWith(
            (q, score) ->
                RosterJustification.roster(
                    String.format(
                        "%,d cases of reading capacity planned when there is nothing to read",
                        q.unusedCapacity())))
        .asConstraint("Surplus reading capacity");
  }

  // Soft: a replan changes as few published sessions as it can (design.md: minimal disruption).
  Constraint changeFromPublished(ConstraintFactory f) {
    return f.forEachIncludingNullVars(ReadingShift.class)
        .filter(s -> s.wasPublished() && s.differsFromPublished())
        .penalize(SOFT, s -> CHANGE_WEIGHT)
        .justifyWith((s, score) -> on(s, "changes from the published roster"))
        .asConstraint("Change from published roster");
  }

  private UniConstraintStream<BlockedReader> blocked(ConstraintFactory f, ReadingRole role) {
    return queues(f)
        .flattenLast(ReadingQueues::blockedReaders)
        .filter(b -> b.role() == role && b.rounded() > 0);
  }

  /**
   * The queue simulation of the whole horizon, built once per constraint factory so the two rules
   * that read it (cases late, surplus capacity) share one simulation per move.
   */
  private UniConstraintStream<ReadingQueues> queues(ConstraintFactory f) {
    if (queuesFactory != f) {
      queuesFactory = f;
      queues =
          dayPlans(f)
              .join(ReadingDemand.class)
              .map((plans, demand) -> ReadingQueues.simulate(demand, plans));
    }
    return queues;
  }

  /**
   * Each day's sessions copied by value (so a changed role changes the group's result), then all
   * days in one list. Shifts without a role are kept so an empty roster still has its queues.
   */
  private static UniConstraintStream<List<DayPlan>> dayPlans(ConstraintFactory f) {
    return f.forEachIncludingNullVars(ReadingShift.class)
        .groupBy(
            ReadingShift::getDayIndex,
            toList(
                s -> new DayPlan.Session(s.getReader(), s.getPart(), s.getRole(), s.getCapacity())))
        .groupBy(toList((day, sessions) -> new DayPlan(day, sessions)));
  }

  /** "Ann second reads but … 40 … on 01/12/2026 afternoon (and 3 more sessions)". */
  private static RosterJustification on(BlockedReader b, String what) {
    Blocked worst = b.sessions().get(0);
    for (Blocked s : b.sessions()) {
      worst = s.cases() > worst.cases() ? s : worst;
    }
    int others = b.sessions().size() - 1;
    return new RosterJustification(
        b.reader().getName(),
        b.reader().getName()
            + " "
            + String.format(what, b.rounded())
            + (others > 0 ? ", most on " : " on ")
            + Dates.show(worst.date())
            + " "
            + worst.part().label().toLowerCase(java.util.Locale.ROOT)
            + (others > 0 ? " (" + (others + 1) + " sessions)" : ""));
  }

  private static RosterJustification on(ReadingShift s, String what) {
    return new RosterJustification(
        s.getReader().getName(),
        s.getReader().getName()
            + " "
            + what
            + " on "
            + Dates.show(s.getDate())
            + " "
            + s.getPart().label().toLowerCase(java.util.Locale.ROOT));
  }
}
