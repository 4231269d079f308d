package uk.nhs.screeningplanner.service.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.nhs.screeningplanner.service.BlackoutPeriod;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteKind;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;
import uk.nhs.screeningplanner.service.UnitKind;

/** The standard sample looks like the service design.md "Sample data" describes. */
class StandardSampleTest {

  private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 23);
  private static final SampleService SAMPLE =
      new SampleServiceGenerator().generate(SampleSpec.standard(), ANCHOR);

  @Test
  void hasAboutOneHundredThousandEligibleWomenIn120Practices() {
    assertThat(SAMPLE.practices()).hasSize(120);
    assertThat(SAMPLE.totalEligible()).isBetween(90_000, 110_000);
  }

  @Test
  void hasThreeVansAndTwoStaticSitesWithFourRoomsTheMainOneAssessing() {
    List<Site> statics = sites(SiteKind.STATIC);

    assertThat(units(UnitKind.MOBILE_VAN)).hasSize(3);
    assertThat(units(UnitKind.STATIC_ROOM)).hasSize(4);
    assertThat(statics).hasSize(2);
    assertThat(statics.stream().mapToInt(Site::getRooms).sum()).isEqualTo(4);
    assertThat(statics).filteredOn(Site::isAssessmentCapable).containsExactly(statics.get(0));
    assertThat(statics.get(0).getRooms()).isGreaterThan(statics.get(1).getRooms());
  }

  @Test
  void vansAndRoomsScreenFortyToFiftyWomenADay() {
    assertThat(SAMPLE.units())
        .extracting(ScreeningUnit::getDailyThroughput)
        .allSatisfy(perDay -> assertThat(perDay).isBetween(40, 50));
    assertThat(units(UnitKind.MOBILE_VAN))
        .extracting(ScreeningUnit::getRegistration)
        .allSatisfy(reg -> assertThat(reg).matches("[A-Z]{2}[0-9]{2} [A-Z]{3}"));
  }

  @Test
  void hasTwelvePitchesBlackedOutAtChristmasInTheSummerHolidaysAndOnEventDays() {
    List<Site> pitches = sites(SiteKind.MOBILE_PITCH);

    assertThat(pitches).hasSize(12);
    assertThat(blackoutsWhere("Christmas"))
        .isNotEmpty()
        .allSatisfy(b -> assertThat(b.startDate().getMonth()).isEqualTo(Month.DECEMBER));
    assertThat(blackoutsWhere("Summer holidays"))
        .isNotEmpty()
        .allSatisfy(b -> assertThat(b.startDate().getMonth()).isEqualTo(Month.JULY));
    assertThat(blackoutsWhere("Event day")).isNotEmpty();
    assertThat(pitches)
        .filteredOn(p -> p.getName().contains("Superstore"))
        .allSatisfy(p -> assertThat(p.getBlackouts()).isNotEmpty());
  }

  @Test
  void sitesLieInOneCountyUnderOnePostcodeArea() {
    assertThat(SAMPLE.sites())
        .allSatisfy(
            site -> {
              assertThat(site.getPostcode()).matches("MX[0-9]{1,2} [0-9][A-Z]{2}");
              assertThat(site.getLatitude().doubleValue()).isBetween(50.6, 51.3);
              assertThat(site.getLongitude().doubleValue()).isBetween(-3.1, -2.1);
            });
  }

  @Test
  void practiceSizesAreSkewedWithAFewLargePractices() {
    List<Integer> sizes =
        SAMPLE.practices().stream().map(GpPractice::getEligibleTotal).sorted().toList();
    int median = sizes.get(sizes.size() / 2);
    double mean = sizes.stream().mapToInt(Integer::intValue).average().orElseThrow();

    assertThat(mean).isGreaterThan(median * 1.05);
    assertThat(sizes.get(sizes.size() - 1)).isGreaterThan(3 * median);
    assertThat(sizes.get(0)).isLessThan(median / 2);
  }

  @Test
  void cohortsFitAges50To70AndCoverageAroundSeventyPercent() {
    double total = SAMPLE.totalEligible();
    double firstCall = sum(GpPractice::getEligibleFirstCall);
    double attenders = sum(GpPractice::getEligiblePreviousAttender);

    assertThat(firstCall / total).isBetween(0.12, 0.17); // 3 of the 21 years of 50-70
    assertThat(attenders / (total - firstCall)).isBetween(0.66, 0.76);
    assertThat(SAMPLE.practices())
        .allSatisfy(p -> assertThat(p.getEligiblePreviousNonAttender()).isPositive());
  }

  @Test
  void lastInvitationsSpreadOverTheRoundWithAFewPracticesOverdue() {
    LocalDate roundAgo = ANCHOR.minusMonths(36);
    Map<Long, Long> byYearAgo =
        SAMPLE.practices().stream()
            .filter(p -> !p.getLastFirstOfferedDate().isBefore(roundAgo))
            .collect(
                Collectors.groupingBy(
                    p -> ChronoUnit.YEARS.between(p.getLastFirstOfferedDate(), ANCHOR),
                    Collectors.counting()));
    long overdue =
        SAMPLE.practices().stream()
            .filter(p -> p.getLastFirstOfferedDate().isBefore(roundAgo))
            .count();

    assertThat(overdue).isBetween(2L, 24L);
    assertThat(byYearAgo).containsOnlyKeys(0L, 1L, 2L);
    assertThat(byYearAgo.values()).allSatisfy(count -> assertThat(count).isGreaterThan(20));
    assertThat(SAMPLE.practices())
        .allSatisfy(
            p ->
                assertThat(p.getLastFirstOfferedDate())
                    .isBefore(ANCHOR)
                    .isAfter(roundAgo.minusMonths(6)));
  }

  @Test
  void everyDeprivationQuintileIsPresentAndUptakeRisesFromMostToLeastDeprived() {
    Map<Integer, Double> uptakeByQuintile =
        SAMPLE.practices().stream()
            .collect(
                Collectors.groupingBy(
                    GpPractice::getImdQuintile,
                    Collectors.averagingDouble(p -> p.getHistoricUptake().doubleValue())));

    assertThat(uptakeByQuintile).containsOnlyKeys(1, 2, 3, 4, 5);
    assertThat(uptakeByQuintile.get(1)).isBetween(0.62, 0.67);
    assertThat(uptakeByQuintile.get(5)).isBetween(0.75, 0.80);
    assertThat(List.of(1, 2, 3, 4, 5).stream().map(uptakeByQuintile::get).toList()).isSorted();
  }

  @Test
  void everyPracticeHasAHomeSiteAndUpToTwoAlternativesAndEverySiteServesSomePractice() {
    assertThat(SAMPLE.practices())
        .allSatisfy(
            p -> {
              assertThat(SAMPLE.sites()).contains(p.getHomeSite());
              assertThat(p.getAlternativeSites()).hasSizeLessThanOrEqualTo(2);
            });
    assertThat(SAMPLE.practices()).anySatisfy(p -> assertThat(p.getAlternativeSites()).isEmpty());
    assertThat(SAMPLE.practices()).anySatisfy(p -> assertThat(p.getAlternativeSites()).hasSize(2));
    assertThat(SAMPLE.sites())
        .allSatisfy(site -> assertThat(SAMPLE.practices()).anyMatch(p -> p.getHomeSite() == site));
  }

  @Test
  void eachVanVisitsSeveralPitchesInTheYearForWeeksToMonths() {
    for (ScreeningUnit van : units(UnitKind.MOBILE_VAN)) {
      List<UnitCalendarEntry> stays =
          SAMPLE.calendar().stream().filter(e -> e.getUnit() == van).toList();
      assertThat(stays.size()).as("stays of %s", van.getCode()).isBetween(3, 11);
      assertThat(stays)
          .allSatisfy(
              e ->
                  assertThat(ChronoUnit.DAYS.between(e.getStartDate(), e.getEndDate()))
                      .isBetween(4L, 140L));
    }
  }

  private static List<BlackoutPeriod> blackoutsWhere(String reason) {
    return SAMPLE.sites().stream()
        .flatMap(site -> site.getBlackouts().stream())
        .filter(b -> b.reason().contains(reason))
        .toList();
  }

  private static List<Site> sites(SiteKind kind) {
    return SAMPLE.sites().stream().filter(s -> s.getKind() == kind).toList();
  }

  private static List<ScreeningUnit> units(UnitKind kind) {
    return SAMPLE.units().stream().filter(u -> u.getKind() == kind).toList();
  }

  private static double sum(ToIntFunction<GpPractice> cohort) {
    return SAMPLE.practices().stream().mapToInt(cohort).sum();
  }
}
