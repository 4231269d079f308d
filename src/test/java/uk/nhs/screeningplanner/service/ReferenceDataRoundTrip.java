package uk.nhs.screeningplanner.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves one of every reference-data record through the repositories and reads it back in a new
 * transaction. Subclasses run it on H2 and on PostgreSQL, with the same Flyway migrations.
 */
abstract class ReferenceDataRoundTrip {

  @Autowired ScreeningServiceRepository services;
  @Autowired SiteRepository sites;
  @Autowired ScreeningUnitRepository units;
  @Autowired UnitCalendarEntryRepository calendar;
  @Autowired GpPracticeRepository practices;
  @Autowired StaffMemberRepository staff;
  @Autowired AvailabilityRepository availability;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  /** The database product this subclass must be talking to, as JDBC names it. */
  abstract String expectedDatabase();

  @Test
  void runsOnTheIntendedDatabase() throws java.sql.SQLException {
    try (var connection = jdbc.getDataSource().getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
    }
  }

  @Test
  void migrationsCreateEveryTable() {
    for (String table :
        List.of(
            "screening_service",
            "site",
            "site_blackout",
            "screening_unit",
            "unit_calendar_entry",
            "gp_practice",
            "gp_practice_alternative_site",
            "staff_member",
            "staff_skill",
            "availability",
            "app_user",
            "audit_entry")) {
      assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class))
          .as(table)
          .isNotNull();
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success", Long.class))
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void everyReferenceRecordSurvivesARoundTrip() {
    String code = "RT" + System.nanoTime() % 100000;
    Long practiceId =
        tx.execute(
            status -> {
              ScreeningService service =
                  services.save(new ScreeningService(code, "Round trip BSS"));
              Site hospital = new Site(service, "HOSP", "General Hospital", SiteKind.STATIC);
              hospital.setRooms(3);
              hospital.setAssessmentCapable(true);
              hospital.setLatitude(new BigDecimal("53.801234"));
              hospital.setLongitude(new BigDecimal("-1.548765"));
              sites.save(hospital);
              Site pitch = new Site(service, "TESCO", "Tesco car park", SiteKind.MOBILE_PITCH);
              pitch.setBlackouts(
                  List.of(
                      new BlackoutPeriod(
                          LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 3), "Christmas")));
              sites.save(pitch);
              ScreeningUnit van =
                  new ScreeningUnit(service, "VAN1", "Van one", UnitKind.MOBILE_VAN);
              van.setRegistration("AB12 CDE");
              units.save(van);
              calendar.save(
                  new UnitCalendarEntry(
                      van, pitch, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 26)));
              GpPractice practice = new GpPractice(service, "B86001", "Park Lane Surgery");
              practice.setEligibleFirstCall(120);
              practice.setEligiblePreviousAttender(700);
              practice.setEligiblePreviousNonAttender(180);
              practice.setLastFirstOfferedDate(LocalDate.of(2024, 2, 12));
              practice.setHomeSite(pitch);
              practice.setAlternativeSites(Set.of(hospital));
              practice.setImdQuintile(2);
              practice.setHistoricUptake(new BigDecimal("0.6712"));
              practices.save(practice);
              StaffMember reader = new StaffMember(service, "R01", "Dr Ada Reader");
              reader.setSkills(Set.of(Skill.READER, Skill.ARBITRATOR));
              reader.setReadingRatePerHour(45);
              reader.setReadsThisYear(3100);
              reader.setFirstReadsThisYear(900);
              reader.setBaseSite(hospital);
              staff.save(reader);
              availability.save(
                  new Availability(
                      reader,
                      LocalDate.of(2027, 1, 11),
                      LocalDate.of(2027, 1, 15),
                      PartOfDay.ALL_DAY,
                      AvailabilityKind.UNAVAILABLE,
                      "Annual leave"));
              return practice.getId();
            });

    tx.executeWithoutResult(
        status -> {
          ScreeningService service = services.findByCode(code).orElseThrow();
          assertThat(service.getRoundLengthMonths()).isEqualTo(36);
          assertThat(service.getSlotMinutes()).isEqualTo(8);
          assertThat(service.getArbitrationRate()).isEqualByComparingTo("0.04");
          Site pitch = sites.findByServiceAndCode(service, "TESCO").orElseThrow();
          assertThat(pitch.getBlackouts())
              .containsExactly(
                  new BlackoutPeriod(
                      LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 3), "Christmas"));
          Site hospital = sites.findByServiceAndCode(service, "HOSP").orElseThrow();
          assertThat(hospital.getLatitude()).isEqualByComparingTo("53.801234");
          ScreeningUnit van = units.findByServiceAndCode(service, "VAN1").orElseThrow();
          assertThat(calendar.findByUnitOrderByStartDate(van))
              .singleElement()
              .satisfies(e -> assertThat(e.getSite()).isEqualTo(pitch));
          GpPractice practice = practices.findById(practiceId).orElseThrow();
          assertThat(practice.getEligibleTotal()).isEqualTo(1000);
          assertThat(practice.getAlternativeSites()).containsExactly(hospital);
          assertThat(practice.getHistoricUptake()).isEqualByComparingTo("0.6712");
          StaffMember reader = staff.findByServiceAndStaffCode(service, "R01").orElseThrow();
          assertThat(reader.getSkills()).containsExactlyInAnyOrder(Skill.READER, Skill.ARBITRATOR);
          assertThat(availability.findByStaffOrderByStartDate(reader))
              .singleElement()
              .satisfies(a -> assertThat(a.getReason()).isEqualTo("Annual leave"));
        });
  }
}
