package uk.nhs.screeningplanner.roster.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.compose;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;
import static uk.nhs.screeningplanner.roster.domain.ReadingRole.ARBITRATION;
import static uk.nhs.screeningplanner.roster.domain.ReadingRole.FIRST_READ;
import static uk.nhs.screeningplanner.roster.domain.ReadingRole.SECOND_READ;

import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;
import uk.nhs.screeningplanner.roster.domain.Dates;
import uk.nhs.screeningplanner.roster.domain.DayCapacity;
import uk.nhs.screeningplanner.roster.domain.Preference;
import uk.nhs.screeningplanner.roster.domain.ReadingDemand;
import uk.nhs.screeningplanner.roster.domain.ReadingQueues;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;
import uk.nhs.screeningplanner.roster.domain.WeekLoad;
import uk.nhs.screeningplanner.roster.domain.WeekLoad.ReaderLoad;

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

  // Hard: no case is second read by its first reader (domain.md §3.1); see WeekLoad for the proof.
  Constraint secondReadByAnotherReader(ConstraintFactory f) {
    return weeks(f)
        .filter(w -> !w.secondExcess().isEmpty())
        .penalize(HARD, w -> WeekLoad.total(w.secondExcess()))
        .justifyWith(
            (w, score) ->
                RosterJustification.roster(
                    "week "
                        + (w.week() + 1)
                        + ": cases only their own first reader could second"
                        + " read: "
                        + w.secondExcess()))
        .asConstraint("Second read by the first reader");
  }

  // Hard: the arbitrator is neither of the case's two readers (domain.md §3.1 invariants).
  Constraint arbitrationByAThirdReader(ConstraintFactory f) {
    return weeks(f)
        .filter(w -> !w.arbitrationExcess().isEmpty())
        .penalize(HARD, w -> WeekLoad.total(w.arbitrationExcess()))
        .justifyWith(
            (w, score) ->
                RosterJustification.roster(
                    "week "
                        + (w.week() + 1)
                        + ": arbitrations only one of the case's own"
                        + " readers could do: "
                        + w.arbitrationExcess()))
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

  private static UniConstraintStream<WeekLoad> weeks(ConstraintFactory f) {
    return f.forEach(ReadingShift.class)
        .groupBy(
            ReadingShift::getWeek,
            ReadingShift::getReader,
            compose(
                sum(s -> s.capacityIn(FIRST_READ)),
                sum(s -> s.capacityIn(SECOND_READ)),
                sum(s -> s.capacityIn(ARBITRATION)),
                (first, second, arb) -> new int[] {first, second, arb}))
        .groupBy(
            (week, reader, load) -> week,
            toList((week, reader, load) -> new ReaderLoad(reader, load)))
        .join(ReadingDemand.class)
        .map((week, loads, d) -> WeekLoad.of(week, loads, d.arbitrationRate()));
  }

  /**
   * The queue simulation of the whole horizon, built once per constraint factory so the two rules
   * that read it (cases late, surplus capacity) share one simulation per move.
   */
  private UniConstraintStream<ReadingQueues> queues(ConstraintFactory f) {
    if (queuesFactory != f) {
      queuesFactory = f;
      queues =
          dayCapacities(f)
              .join(ReadingDemand.class)
              .map((caps, demand) -> ReadingQueues.simulate(demand, caps));
    }
    return queues;
  }

  private static UniConstraintStream<List<DayCapacity>> dayCapacities(ConstraintFactory f) {
    return f.forEachIncludingNullVars(ReadingShift.class)
        .groupBy(
            ReadingShift::getDayIndex,
            sum(s -> s.capacityIn(FIRST_READ)),
            sum(s -> s.capacityIn(SECOND_READ)),
            sum(s -> s.capacityIn(ARBITRATION)))
        .groupBy(toList(DayCapacity::new));
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
