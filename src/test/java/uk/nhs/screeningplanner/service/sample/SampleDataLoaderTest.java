package uk.nhs.screeningplanner.service.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.audit.AuditAction;
import uk.nhs.screeningplanner.audit.AuditEntry;
import uk.nhs.screeningplanner.audit.AuditFilter;
import uk.nhs.screeningplanner.audit.AuditLog;
import uk.nhs.screeningplanner.service.AvailabilityRepository;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.GpPracticeRepository;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ScreeningServiceRepository;
import uk.nhs.screeningplanner.service.ScreeningUnitRepository;
import uk.nhs.screeningplanner.service.SiteRepository;
import uk.nhs.screeningplanner.service.StaffMemberRepository;
import uk.nhs.screeningplanner.service.UnitCalendarEntryRepository;

/**
 * The test profile starts on an empty in-memory database, so the loader has run at start-up. The
 * extra property gives this test its own application context (and database), untouched by tests
 * that add records to the shared one.
 */
@SpringBootTest(properties = "planner.test.context=sample-loader")
@ActiveProfiles("test")
@WithMockUser(roles = "ADMIN")
class SampleDataLoaderTest {

  @Autowired private SampleDataLoader loader;
  @Autowired private Clock clock;
  @Autowired private AuditLog audit;
  @Autowired private ScreeningServiceRepository services;
  @Autowired private SiteRepository sites;
  @Autowired private ScreeningUnitRepository units;
  @Autowired private UnitCalendarEntryRepository calendar;
  @Autowired private GpPracticeRepository practices;
  @Autowired private StaffMemberRepository staff;
  @Autowired private AvailabilityRepository availability;

  @Value("${planner.sample-data.seed}")
  private long seed;

  @Test
  void firstStartFillsTheEmptyDatabaseWithTheStandardSample() {
    LocalDate anchor = SampleServiceGenerator.weekStart(LocalDate.now(clock));
    SampleService expected =
        new SampleServiceGenerator().generate(SampleSpec.standard().withSeed(seed), anchor);

    assertThat(services.findAll())
        .singleElement()
        .extracting(ScreeningService::getCode)
        .isEqualTo(expected.service().getCode());
    assertThat(counts()).containsExactly(expectedCounts(expected));
    assertThat(practices.findAll().stream().mapToInt(GpPractice::getEligibleTotal).sum())
        .isEqualTo(expected.totalEligible());
    assertThat(imports())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.getEntityType()).isEqualTo("screening service");
              assertThat(entry.getSummary()).contains(expected.summary());
            });
  }

  @Test
  void runningAgainOnAFilledDatabaseAddsNothing() throws Exception {
    long[] before = counts();

    loader.loadIfEmpty();

    assertThat(counts()).containsExactly(before);
    assertThat(imports()).hasSize(1);
  }

  private long[] counts() {
    return new long[] {
      services.count(),
      sites.count(),
      units.count(),
      calendar.count(),
      practices.count(),
      staff.count(),
      availability.count()
    };
  }

  private static long[] expectedCounts(SampleService sample) {
    return new long[] {
      1,
      sample.sites().size(),
      sample.units().size(),
      sample.calendar().size(),
      sample.practices().size(),
      sample.staff().size(),
      sample.availability().size()
    };
  }

  private List<AuditEntry> imports() {
    AuditFilter filter = new AuditFilter(null, null, AuditAction.IMPORT, null, null, null);
    return audit.search(filter, Pageable.unpaged()).getContent();
  }
}
