package uk.nhs.screeningplanner.service.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.nhs.screeningplanner.service.BlackoutPeriod;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteKind;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;
import uk.nhs.screeningplanner.service.UnitKind;

/**
 * Every generated record keeps its Bean Validation annotations and the rules SiteService,
 * PracticeService, StaffService and UnitCalendarService check before they save. Checked on the
 * standard sample from several anchors (Christmas and summer blackouts near the start) and on the
 * seven consortium services.
 */
class SampleRulesTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final List<Named<Case>> SAMPLES = generate();

  /** A sample and the Monday it was generated from. */
  record Case(LocalDate anchor, SampleService sample) {}

  static Stream<Named<Case>> samples() {
    return SAMPLES.stream();
  }

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyEntityPassesBeanValidation(Case c) {
    SampleService sample = c.sample();
    Validator validator = VALIDATION.getValidator();
    List<Object> entities = new ArrayList<>();
    entities.add(sample.service());
    Stream.of(
            sample.sites(),
            sample.units(),
            sample.calendar(),
            sample.practices(),
            sample.staff(),
            sample.availability())
        .forEach(entities::addAll);

    List<String> violations = new ArrayList<>();
    for (Object entity : entities) {
      for (ConstraintViolation<Object> v : validator.validate(entity)) {
        violations.add(entity + ": " + v.getPropertyPath() + " " + v.getMessage());
      }
    }
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sitesAndUnitsKeepTheSiteServiceRules(Case c) {
    SampleService sample = c.sample();
    assertThat(sample.sites()).extracting(Site::getCode).doesNotHaveDuplicates();
    assertThat(sample.units()).extracting(u -> u.getCode()).doesNotHaveDuplicates();
    assertThat(sample.sites())
        .filteredOn(site -> site.getKind() == SiteKind.STATIC)
        .allSatisfy(site -> assertThat(site.getRooms()).isPositive());
    assertThat(sample.sites())
        .filteredOn(site -> site.getKind() == SiteKind.MOBILE_PITCH)
        .allSatisfy(site -> assertThat(site.isAssessmentCapable()).isFalse());
    assertThat(sample.sites())
        .allSatisfy(
            site -> {
              assertThat(site.getBlackouts())
                  .extracting(BlackoutPeriod::startDate)
                  .doesNotHaveDuplicates();
              assertThat(site.getBlackouts()).allMatch(b -> !b.endDate().isBefore(b.startDate()));
            });
    assertThat(sample.units())
        .allSatisfy(
            unit -> {
              if (unit.getKind() == UnitKind.STATIC_ROOM) {
                assertThat(unit.getStaticSite().getKind()).isEqualTo(SiteKind.STATIC);
              } else {
                assertThat(unit.getStaticSite()).isNull();
              }
            });
  }

  @ParameterizedTest
  @MethodSource("samples")
  void practicesKeepThePracticeServiceRules(Case c) {
    SampleService sample = c.sample();
    assertThat(sample.practices()).extracting(GpPractice::getOdsCode).doesNotHaveDuplicates();
    assertThat(sample.practices())
        .allSatisfy(
            p -> {
              assertThat(p.getEligibleTotal()).isPositive();
              assertThat(p.getAlternativeSites()).doesNotContain(p.getHomeSite());
            });
  }

  @ParameterizedTest
  @MethodSource("samples")
  void staffKeepTheStaffServiceRules(Case c) {
    SampleService sample = c.sample();
    assertThat(sample.staff()).extracting(StaffMember::getStaffCode).doesNotHaveDuplicates();
    assertThat(sample.staff())
        .allSatisfy(
            m -> {
              if (m.has(Skill.READER) || m.has(Skill.ARBITRATOR)) {
                assertThat(m.getReadingRatePerHour()).isNotNull();
              }
              if (m.has(Skill.ARBITRATOR)) {
                assertThat(m.has(Skill.READER)).isTrue();
              }
              assertThat(m.getFirstReadsThisYear()).isLessThanOrEqualTo(m.getReadsThisYear());
            });
    assertThat(sample.availability())
        .allSatisfy(a -> assertThat(a.getEndDate()).isAfterOrEqualTo(a.getStartDate()));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void noUnitIsInTwoPlacesAtOnceAndNoPitchHostsTwoVans(Case c) {
    SampleService sample = c.sample();
    List<UnitCalendarEntry> calendar = sample.calendar();
    for (int i = 0; i < calendar.size(); i++) {
      for (int j = i + 1; j < calendar.size(); j++) {
        UnitCalendarEntry a = calendar.get(i);
        UnitCalendarEntry b = calendar.get(j);
        boolean samePitch =
            a.getSite().getKind() == SiteKind.MOBILE_PITCH && a.getSite() == b.getSite();
        boolean clash = a.getUnit() == b.getUnit() || samePitch;
        assertThat(clash && a.overlaps(b.getStartDate(), b.getEndDate()))
            .as("%s and %s", describe(a), describe(b))
            .isFalse();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void noCalendarEntryFallsOnABlackoutAndRoomsStayAtTheirOwnSite(Case c) {
    SampleService sample = c.sample();
    assertThat(sample.calendar())
        .allSatisfy(
            entry -> {
              assertThat(entry.getEndDate()).isAfterOrEqualTo(entry.getStartDate());
              for (BlackoutPeriod blackout : entry.getSite().getBlackouts()) {
                assertThat(entry.overlaps(blackout.startDate(), blackout.endDate()))
                    .as("%s during %s", describe(entry), blackout)
                    .isFalse();
              }
              if (entry.getUnit().getKind() == UnitKind.STATIC_ROOM) {
                assertThat(entry.getSite()).isSameAs(entry.getUnit().getStaticSite());
              } else {
                assertThat(entry.getSite().getKind()).isEqualTo(SiteKind.MOBILE_PITCH);
              }
            });
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theCalendarCoversAYearFromTheAnchorForEveryVanAndStaticSite(Case c) {
    SampleService sample = c.sample();
    LocalDate lastDay = c.anchor().plusYears(1).minusDays(1);

    assertThat(sample.calendar())
        .allSatisfy(
            e -> {
              assertThat(e.getStartDate()).isAfterOrEqualTo(c.anchor());
              assertThat(e.getEndDate()).isBeforeOrEqualTo(lastDay);
            });
    assertThat(sample.units())
        .filteredOn(unit -> unit.getKind() == UnitKind.MOBILE_VAN)
        .allSatisfy(unit -> assertThat(sample.calendar()).anyMatch(e -> e.getUnit() == unit));
    assertThat(sample.sites())
        .filteredOn(site -> site.getKind() == SiteKind.STATIC)
        .as("every static site screens on some days; its other rooms hold other clinics")
        .allSatisfy(site -> assertThat(sample.calendar()).anyMatch(e -> e.getSite() == site));
  }

  private static String describe(UnitCalendarEntry e) {
    return e.getUnit().getCode()
        + " at "
        + e.getSite().getCode()
        + " "
        + e.getStartDate()
        + " to "
        + e.getEndDate();
  }

  private static List<Named<Case>> generate() {
    SampleServiceGenerator generator = new SampleServiceGenerator();
    List<Named<Case>> samples = new ArrayList<>();
    for (LocalDate anchor :
        List.of(
            LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 21), LocalDate.of(2027, 7, 19))) {
      SampleService sample = generator.generate(SampleSpec.standard(), anchor);
      samples.add(Named.of("standard from " + anchor, new Case(anchor, sample)));
    }
    for (SampleSpec spec : SampleSpec.consortium()) {
      LocalDate anchor = LocalDate.of(2027, 6, 7);
      SampleService sample = generator.generate(spec, anchor);
      samples.add(Named.of(spec.code() + " from " + anchor, new Case(anchor, sample)));
    }
    return List.copyOf(samples);
  }
}
