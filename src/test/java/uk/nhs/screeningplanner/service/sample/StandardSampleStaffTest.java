package uk.nhs.screeningplanner.service.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.BankHolidays;
import uk.nhs.screeningplanner.service.PartOfDay;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;

/** The standard sample's team, and a quarter of their leave. */
class StandardSampleStaffTest {

  private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 23);
  private static final SampleServiceGenerator GENERATOR = new SampleServiceGenerator();
  private static final SampleService SAMPLE = GENERATOR.generate(SampleSpec.standard(), ANCHOR);

  @Test
  void staffCountsBySkillMatchTheStandardSpec() {
    assertThat(withSkill(Skill.MAMMOGRAPHER)).hasSize(12);
    assertThat(withSkill(Skill.ASSISTANT_PRACTITIONER)).hasSize(5);
    assertThat(withSkill(Skill.READER)).hasSize(10);
    assertThat(withSkill(Skill.ARBITRATOR)).hasSize(3);
    assertThat(withSkill(Skill.ASSESSOR)).hasSize(8);
    assertThat(withSkill(Skill.BREAST_CARE_NURSE)).hasSize(3);
    assertThat(SAMPLE.staff()).hasSize(27);
  }

  @Test
  void readersAreRadiologistsCliniciansAndRadiographersAndArbitratorsAreReaders() {
    List<StaffMember> readers = withSkill(Skill.READER);

    assertThat(readers).filteredOn(m -> m.has(Skill.MAMMOGRAPHER)).hasSize(3);
    assertThat(readers).filteredOn(m -> !m.has(Skill.MAMMOGRAPHER)).hasSize(7);
    assertThat(withSkill(Skill.ASSESSOR)).anyMatch(m -> m.has(Skill.MAMMOGRAPHER));
    assertThat(withSkill(Skill.ARBITRATOR)).allMatch(m -> m.has(Skill.READER));
    assertThat(withSkill(Skill.ASSESSOR)).allMatch(m -> m.has(Skill.READER));
  }

  @Test
  void staffWorkFourToTenSessionsAndOnlyScreenersGoOnVansAtMostThreeDaysAWeek() {
    assertThat(SAMPLE.staff())
        .allSatisfy(m -> assertThat(m.getContractedSessionsPerWeek()).isBetween(4, 10))
        .anySatisfy(m -> assertThat(m.getContractedSessionsPerWeek()).isLessThan(10));
    assertThat(SAMPLE.staff())
        .filteredOn(m -> m.has(Skill.MAMMOGRAPHER) || m.has(Skill.ASSISTANT_PRACTITIONER))
        .allSatisfy(m -> assertThat(m.getMaxVanDaysPerWeek()).isBetween(1, 3))
        .anySatisfy(m -> assertThat(m.getMaxVanDaysPerWeek()).isEqualTo(3));
    assertThat(SAMPLE.staff())
        .filteredOn(m -> !m.has(Skill.MAMMOGRAPHER) && !m.has(Skill.ASSISTANT_PRACTITIONER))
        .allSatisfy(m -> assertThat(m.getMaxVanDaysPerWeek()).isZero());
  }

  @Test
  void readersReadThirtyToSixtyAnHourAndSomeAreBehindTheProRataMinimums() {
    // 1 April to 23 November 2026 is 236 days: pro rata 5,000 x 236/365 and 1,500 x 236/365.
    double proRataReads = 5000 * 236 / 365.0;
    double proRataFirstReads = 1500 * 236 / 365.0;
    List<StaffMember> readers = withSkill(Skill.READER);

    assertThat(readers)
        .allSatisfy(
            m -> {
              assertThat(m.getReadingRatePerHour()).isBetween(30, 60);
              assertThat((double) m.getReadsThisYear())
                  .isBetween(0.7 * proRataReads, 1.4 * proRataReads);
              assertThat(m.getFirstReadsThisYear()).isLessThanOrEqualTo(m.getReadsThisYear());
            });
    assertThat(readers).anyMatch(m -> m.getReadsThisYear() < proRataReads);
    assertThat(readers).anyMatch(m -> m.getReadsThisYear() > proRataReads);
    assertThat(readers).anyMatch(m -> m.getFirstReadsThisYear() < proRataFirstReads);
    assertThat(SAMPLE.staff())
        .filteredOn(m -> !m.has(Skill.READER))
        .allSatisfy(m -> assertThat(m.getReadingRatePerHour()).isNull());
  }

  @Test
  void readsSoFarStartAgainOnTheFirstOfApril() {
    SampleService april = GENERATOR.generate(SampleSpec.standard(), LocalDate.of(2027, 4, 5));
    SampleService march = GENERATOR.generate(SampleSpec.standard(), LocalDate.of(2027, 3, 29));

    assertThat(april.staff()).allSatisfy(m -> assertThat(m.getReadsThisYear()).isLessThan(100));
    assertThat(march.staff())
        .filteredOn(m -> m.has(Skill.READER))
        .allSatisfy(m -> assertThat(m.getReadsThisYear()).isGreaterThan(3400));
  }

  @Test
  void leaveFillsTheThirteenWeeksFromTheAnchorAtTwoToFourRowsAPerson() {
    LocalDate lastDay = ANCHOR.plusWeeks(13).minusDays(1);
    Map<StaffMember, List<Availability>> byPerson =
        SAMPLE.availability().stream().collect(Collectors.groupingBy(Availability::getStaff));

    assertThat(SAMPLE.availability())
        .allSatisfy(
            a -> {
              assertThat(a.getStartDate()).isAfterOrEqualTo(ANCHOR);
              assertThat(a.getEndDate())
                  .isBeforeOrEqualTo(lastDay)
                  .isAfterOrEqualTo(a.getStartDate());
            });
    assertThat(byPerson).hasSize(SAMPLE.staff().size());
    assertThat(byPerson.values()).allSatisfy(rows -> assertThat(rows).hasSizeBetween(2, 4));
    assertThat(byPerson.values())
        .allSatisfy(rows -> assertThat(rows).anyMatch(a -> a.getReason().equals("Annual leave")));
  }

  @Test
  void leaveMixesBlocksStudyDaysHalfDaysAndPreferences() {
    Map<AvailabilityKind, Long> byKind = count(Availability::getKind);
    Map<PartOfDay, Long> byPart = count(Availability::getPartOfDay);

    assertThat(byKind.get(AvailabilityKind.UNAVAILABLE)).isGreaterThan(SAMPLE.staff().size());
    assertThat(byKind).containsKeys(AvailabilityKind.UNDESIRED, AvailabilityKind.DESIRED);
    assertThat(byPart).containsKeys(PartOfDay.AM, PartOfDay.PM, PartOfDay.ALL_DAY);
    assertThat(SAMPLE.availability())
        .anyMatch(a -> a.getEndDate().isAfter(a.getStartDate().plusDays(7)))
        .anyMatch(a -> a.getReason().equals("Study day"));
  }

  @Test
  void nobodyHasTwoRowsOnOneDayAndSingleDaysAreWorkingDays() {
    Set<LocalDate> holidays = new HashSet<>(BankHolidays.in(2026));
    holidays.addAll(BankHolidays.in(2027));
    Map<StaffMember, List<Availability>> byPerson =
        SAMPLE.availability().stream().collect(Collectors.groupingBy(Availability::getStaff));

    for (List<Availability> rows : byPerson.values()) {
      List<LocalDate> days =
          rows.stream()
              .flatMap(a -> a.getStartDate().datesUntil(a.getEndDate().plusDays(1)))
              .toList();
      assertThat(days).doesNotHaveDuplicates();
    }
    assertThat(SAMPLE.availability())
        .filteredOn(a -> a.getStartDate().equals(a.getEndDate()))
        .allSatisfy(
            a -> {
              assertThat(a.getStartDate().getDayOfWeek())
                  .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
              assertThat(holidays).doesNotContain(a.getStartDate());
            });
  }

  private static List<StaffMember> withSkill(Skill skill) {
    return SAMPLE.staff().stream().filter(m -> m.has(skill)).toList();
  }

  private static <K> Map<K, Long> count(Function<Availability, K> key) {
    return SAMPLE.availability().stream()
        .collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
