package uk.nhs.screeningplanner.clinic.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.filtering;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import uk.nhs.screeningplanner.clinic.Position;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.domain.Staff;

/**
 * The clinic staffing rules (design.md planning problem 2; domain.md §2.2, §2.3, §4). Hard rules
 * are never broken by the solver; medium counts screening or assessment slots lost; soft rules
 * weigh fairness, preferences, travel, continuity and changes to a published plan. Weights are in
 * {@link Weights}.
 */
public class ClinicConstraintProvider implements ConstraintProvider {

  // Shared lambdas: rules built from the same pieces share their nodes in the score engine.
  private static final Predicate<PositionAssignment> ON_VAN = a -> a.getSession().van();
  private static final Function<PositionAssignment, Staff> STAFF = PositionAssignment::getStaff;
  private static final Function<PositionAssignment, LocalDate> WEEK = a -> a.getSession().week();
  private static final Function<PositionAssignment, LocalDate> DAY = a -> a.getSession().date();

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      skillForPosition(factory),
      staffAvailable(factory),
      oneSessionAtATime(factory),
      travelFitsLunchBreak(factory),
      contractedSessionsPerWeek(factory),
      maxVanDaysPerWeek(factory),
      unfilledRequiredPosition(factory),
      thirdPositionWhenBusy(factory),
      fairVanDays(factory),
      fairAfternoons(factory),
      undesiredSession(factory),
      desiredSession(factory),
      travelFromBase(factory),
      sameTeamOnVan(factory),
      changeFromPublished(factory)
    };
  }

  // Hard: a position is filled only by someone with its skill (lead = registered mammographer).
  Constraint skillForPosition(ConstraintFactory factory) {
    return factory
        .forEach(PositionAssignment.class)
        .filter(a -> !a.getPosition().accepts(a.getStaff().skills()))
        .penalize(HardMediumSoftScore.ONE_HARD)
        .justifyWith((a, score) -> Rules.skill(a))
        .asConstraint(Rules.SKILL);
  }

  // Hard: nobody works while on leave or otherwise unavailable (AM, PM or all day).
  Constraint staffAvailable(ConstraintFactory factory) {
    return factory
        .forEach(PositionAssignment.class)
        .filter(a -> a.getStaff().unavailableFor(a.getSession()))
        .penalize(HardMediumSoftScore.ONE_HARD)
        .justifyWith((a, score) -> Rules.unavailable(a))
        .asConstraint(Rules.AVAILABLE);
  }

  // Hard: a person is in one place at a time: one position in one session per half-day.
  Constraint oneSessionAtATime(ConstraintFactory factory) {
    return factory
        .forEachUniquePair(
            PositionAssignment.class,
            equal(PositionAssignment::getStaff),
            equal(a -> a.getSession().halfDay()))
        .penalize(HardMediumSoftScore.ONE_HARD)
        .justifyWith((a, b, score) -> Rules.doubleBooked(a, b))
        .asConstraint(Rules.ONE_PLACE);
  }

  // Hard (domain.md §2.2): AM at one site and PM at another only if the drive fits the lunch break.
  Constraint travelFitsLunchBreak(ConstraintFactory factory) {
    return factory
        .forEach(PositionAssignment.class)
        .filter(a -> a.getSession().morning())
        .join(
            PositionAssignment.class,
            equal(PositionAssignment::getStaff),
            equal(a -> a.getSession().date()),
            filtering((am, pm) -> !pm.getSession().morning() && Rules.minutesShort(am, pm) > 0))
        .penalize(HardMediumSoftScore.ONE_HARD, Rules::minutesShort)
        .justifyWith((am, pm, score) -> Rules.travel(am, pm))
        .asConstraint(Rules.TRAVEL_BREAK);
  }

  // Hard: no more sessions in a week than the person's contract.
  Constraint contractedSessionsPerWeek(ConstraintFactory factory) {
    return factory
        .forEach(PositionAssignment.class)
        .groupBy(STAFF, WEEK, count())
        .filter((staff, week, sessions) -> sessions > staff.contractedSessionsPerWeek())
        .penalize(
            HardMediumSoftScore.ONE_HARD,
            (staff, week, sessions) -> sessions - staff.contractedSessionsPerWeek())
        .justifyWith((staff, week, sessions, score) -> Rules.overContract(staff, week, sessions))
        .asConstraint(Rules.CONTRACT);
  }

  // Hard (domain.md §2.2, local rule): no more van days in a week than the person's limit.
  Constraint maxVanDaysPerWeek(ConstraintFactory factory) {
    return factory
        .forEach(PositionAssignment.class)
        .filter(ON_VAN)
        .groupBy(STAFF, WEEK, countDistinct(DAY))
        .filter((staff, week, days) -> days > staff.maxVanDaysPerWeek())
        .penalize(
            HardMediumSoftScore.ONE_HARD, (staff, week, days) -> days - staff.maxVanDaysPerWeek())
        .justifyWith((staff, week, days, score) -> Rules.overVanDays(staff, week, days))
        .asConstraint(Rules.VAN_DAYS);
  }

  // Medium: a session missing a required person cannot run; count the slots lost per empty place.
  Constraint unfilledRequiredPosition(ConstraintFactory factory) {
    return factory
        .forEachIncludingNullVars(PositionAssignment.class)
        .filter(a -> a.getStaff() == null && a.isRequired())
        .penalize(HardMediumSoftScore.ONE_MEDIUM, a -> a.getSession().slots())
        .justifyWith((a, score) -> Rules.unfilled(a))
        .asConstraint(Rules.UNFILLED);
  }

  // Soft (domain.md §2.3): up to 3 staff at busy sessions; an empty third place on a busy session.
  Constraint thirdPositionWhenBusy(ConstraintFactory factory) {
    return factory
        .forEachIncludingNullVars(PositionAssignment.class)
        .filter(
            a -> a.getStaff() == null && a.getPosition() == Position.THIRD && a.getSession().busy())
        .penalize(HardMediumSoftScore.ofSoft(Weights.THIRD_WHEN_BUSY))
        .justifyWith((a, score) -> Rules.noThird(a))
        .asConstraint(Rules.THIRD);
  }

  // Soft: spread van days fairly: the square of each person's van days in each week.
  Constraint fairVanDays(ConstraintFactory factory) {
    return factory
        .forEach(PositionAssignment.class)
        .filter(ON_VAN)
        .groupBy(STAFF, WEEK, countDistinct(DAY))
        .penalize(
            HardMediumSoftScore.ofSoft(Weights.VAN_DAY_SQUARED), (staff, week, days) -> days * days)
        .justifyWith((staff, week, days, score) -> Rules.vanDays(staff, week, days))
        .asConstraint(Rules.FAIR_VAN_DAYS);
  }

  // Soft: spread afternoon (late) sessions fairly: the square of each person's PMs in each week.
  Constraint fairAfternoons(ConstraintFactory factory) {
    return factory
        .forEach(PositionAssignment.class)
        .filter(a -> !a.getSession().morning())
        .groupBy(PositionAssignment::getStaff, a -> a.getSession().week(), count())
        .penalize(HardMediumSoftScore.ofSoft(Weights.PM_SQUARED), (staff, week, pms) -> pms * pms)
        .justifyWith((staff, week, pms, score) -> Rules.afternoons(staff, week, pms))
        .asConstraint(Rules.FAIR_PM);
  }

  // Soft: avoid half-days a person asked not to work.
  Constraint undesiredSession(ConstraintFactory factory) {
    return factory
        .forEach(PositionAssignment.class)
        .filter(a -> a.getStaff().undesires(a.getSession()))
        .penalize(HardMediumSoftScore.ofSoft(Weights.UNDESIRED))
        .justifyWith((a, score) -> Rules.undesired(a))
        .asConstraint(Rules.UNDESIRED);
  }

  // Soft: prefer half-days a person asked to work.
  Constraint desiredSession(ConstraintFactory factory) {
    return factory
        .forEach(PositionAssignment.class)
        .filter(a -> a.getStaff().desires(a.getSession()))
        .reward(HardMediumSoftScore.ofSoft(Weights.DESIRED))
        .justifyWith((a, score) -> Rules.desired(a))
        .asConstraint(Rules.DESIRED);
  }

  // Soft (domain.md §2.2): travel reduces screening time: minutes from the person's base site.
  Constraint travelFromBase(ConstraintFactory factory) {
    return factory
        .forEach(PositionAssignment.class)
        .filter(a -> a.getStaff().travelMinutesTo(a.getSession()) > 0)
        .penalize(HardMediumSoftScore.ONE_SOFT, a -> a.getStaff().travelMinutesTo(a.getSession()))
        .justifyWith((a, score) -> Rules.travelFromBase(a))
        .asConstraint(Rules.TRAVEL_BASE);
  }

  // Soft: the same team on a van through a week: count the distinct people on each van each week.
  Constraint sameTeamOnVan(ConstraintFactory factory) {
    return factory
        .forEach(PositionAssignment.class)
        .filter(ON_VAN)
        .groupBy(
            a -> a.getSession().unitName(),
            a -> a.getSession().week(),
            countDistinct(PositionAssignment::getStaff))
        .penalize(
            HardMediumSoftScore.ofSoft(Weights.VAN_TEAM_PERSON), (van, week, people) -> people)
        .justifyWith((van, week, people, score) -> Rules.vanTeam(van, week, people))
        .asConstraint(Rules.VAN_TEAM);
  }

  // Soft (design.md: published plans change only with minimal disruption): a published place
  // changed, costlier the further its new holder moves (same session, another session, another
  // day).
  Constraint changeFromPublished(ConstraintFactory factory) {
    return factory
        .forEachIncludingNullVars(PositionAssignment.class)
        .filter(PositionAssignment::changedFromPublished)
        .penalize(HardMediumSoftScore.ONE_SOFT, a -> Weights.change(a.change()))
        .justifyWith((a, score) -> Rules.changed(a))
        .asConstraint(Rules.PUBLISHED);
  }
}
