package uk.nhs.screeningplanner.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.clinic.workbook.ClinicScheduleWorkbook;
import uk.nhs.screeningplanner.planning.SolverJobService;
import uk.nhs.screeningplanner.planning.SolverJobStatus;
import uk.nhs.screeningplanner.service.PartOfDay;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.shared.ValidationException;

/**
 * The clinic schedule end to end on the sample service: make, solve, edit, publish, replan, export.
 */
@SpringBootTest(properties = "planner.clinic.solve-seconds=12")
@ActiveProfiles("test")
@WithMockUser(username = "manager", roles = "SERVICE_MANAGER")
class ClinicScheduleServiceTest {

  @Autowired ClinicScheduleService clinic;
  @Autowired SolverJobService jobs;
  @Autowired ServiceSettingsService services;
  @Autowired uk.nhs.screeningplanner.audit.AuditLog audit;

  @Test
  void solvesTwelveWeeksOfTheSampleServiceWithNoHardRuleBroken() {
    clinic.createPlan(clinic.nextMonday(), 12);
    solveAndWait();

    PlanSummary plan = clinic.summary().orElseThrow();
    assertThat(plan.score()).startsWith("0hard/");
    assertThat(clinic.explain()).noneMatch(b -> b.level().equals("Hard"));
    assertThat(plan.sessions()).isGreaterThan(600);
    long filled =
        clinic.sessions().stream()
            .flatMap(s -> s.positions().stream())
            .filter(PositionView::filled)
            .count();
    assertThat(filled).isGreaterThan(plan.sessions());
    assertThat(jobs.latest("CLINIC", services.current().getId()).orElseThrow().getStatus())
        .isEqualTo(SolverJobStatus.FINISHED);
  }

  @Test
  void anAbsenceReplanChangesOnlyTheAbsenceWeekSavesWhatPeoplePresentCanAndSaysWhy() {
    clinic.createPlan(clinic.nextMonday(), 4);
    solveAndWait();
    clinic.publish();
    List<SessionView> published = clinic.sessions();
    LocalDate from = clinic.nextMonday().plusWeeks(1).plusDays(1);
    LocalDate to = from.plusDays(1);
    PositionView absentee =
        published.stream()
            .filter(s -> s.date().equals(from))
            .flatMap(s -> s.positions().stream())
            .filter(p -> p.position() == Position.LEAD && p.filled())
            .findFirst()
            .orElseThrow();

    clinic.recordAbsence(absentee.staffId(), from, to, PartOfDay.ALL_DAY, "Sickness");
    awaitSolverEnd();

    Map<Long, PositionView> before = positions(published);
    Map<Long, SessionView> sessionOf = sessionByPosition(published);
    LocalDate weekStart = from.with(DayOfWeek.MONDAY);
    LocalDate weekEnd = weekStart.plusDays(6);
    for (PositionView now : positions(clinic.sessions()).values()) {
      LocalDate day = sessionOf.get(now.assignmentId()).date();
      if (day.isBefore(weekStart) || day.isAfter(weekEnd)) {
        assertThat(now.staffId())
            .as("outside the absence's week, %s", day)
            .isEqualTo(before.get(now.assignmentId()).staffId());
      }
      if (!day.isBefore(from) && !day.isAfter(to)) {
        assertThat(now.staffId()).isNotEqualTo(absentee.staffId());
      }
    }
    assertThat(clinic.summary().orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
    List<PlanChange> changes = clinic.changes();
    assertThat(changes)
        .isNotEmpty()
        .allMatch(c -> !c.date().isBefore(weekStart) && !c.date().isAfter(weekEnd))
        .allMatch(c -> !c.reason().isBlank());
    assertThat(changes)
        .filteredOn(c -> absentee.staffName().equals(c.published()))
        .isNotEmpty()
        .allMatch(c -> c.reason().contains(absentee.staffName() + " is away (Sickness)"));
    assertThat(clinic.explain())
        .as("no empty required place on the absence days that someone free could fill")
        .filteredOn(b -> b.level().equals("Medium"))
        .filteredOn(b -> !b.date().isBefore(from) && !b.date().isAfter(to))
        .noneMatch(b -> b.description().contains("free: can be put in by hand"));
  }

  @Test
  void revertToPublishedUndoesEveryChangeAndASolveNeverEndsWorseThanItsStart() {
    clinic.createPlan(clinic.nextMonday(), 4);
    solveAndWait();
    clinic.publish();
    PlanSummary published = clinic.summary().orElseThrow();
    SessionView first = clinic.sessions().get(0);
    PositionView lead = first.positions().get(0);

    clinic.assign(lead.assignmentId(), lead.version(), null, false);
    assertThat(audit.latest().get(0).getSummary())
        .as("the audit names the person, the session, the day and the position")
        .contains(Position.LEAD.label())
        .contains(first.unitName())
        .contains(PlanWords.day(first.date()))
        .contains(lead.staffName() + " → nobody");
    assertThat(clinic.summary().orElseThrow().changes()).isEqualTo(1);
    assertThat(clinic.summary().orElseThrow().unfilled())
        .as("the headline is recomputed after a hand edit")
        .isEqualTo(published.unfilled() + 1);

    assertThat(clinic.revertToPublished()).isEqualTo(1);
    PlanSummary reverted = clinic.summary().orElseThrow();
    assertThat(reverted.changes()).isZero();
    assertThat(reverted.status()).isEqualTo(PlanStatus.PUBLISHED);
    assertThat(reverted.score()).isEqualTo(published.score());

    solveAndWait();
    PlanSummary again = clinic.summary().orElseThrow();
    assertThat(HardMediumSoftScore.parseScore(again.score()))
        .as("a re-solve of a published plan keeps the best, never worse than its start")
        .isGreaterThanOrEqualTo(HardMediumSoftScore.parseScore(published.score()));
  }

  @Test
  void aPublishRefusedForABrokenHardRulePublishesNothing() {
    clinic.createPlan(clinic.nextMonday(), 4);
    solveAndWait();
    java.util.Set<Long> leads =
        clinic.staffFor(Position.LEAD).stream().map(StaffOption::id).collect(Collectors.toSet());
    SessionView session =
        clinic.sessions().stream()
            .filter(s -> s.kind() == SessionKind.SCREENING && s.required())
            .filter(s -> leads.contains(s.positions().get(1).staffId()))
            .findFirst()
            .orElseThrow();
    PositionView lead = session.positions().get(0);
    StaffOption twice =
        clinic.staffFor(lead.position()).stream()
            .filter(o -> o.id() == session.positions().get(1).staffId())
            .findFirst()
            .orElseThrow();
    clinic.assign(lead.assignmentId(), lead.version(), twice.id(), false);

    assertThat(clinic.summary().orElseThrow().score()).doesNotStartWith("0hard");
    assertThatThrownBy(() -> clinic.publish())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Nothing was published");
    assertThat(clinic.summary().orElseThrow().publishedAt()).isNull();
  }

  @Test
  void aPinnedHandEditIsKeptWhenSolvingAgain() {
    clinic.createPlan(clinic.nextMonday(), 4);
    SessionView first = clinic.sessions().get(0);
    PositionView lead = first.positions().get(0);
    StaffOption chosen = clinic.staffFor(lead.position()).get(0);

    clinic.assign(lead.assignmentId(), lead.version(), chosen.id(), true);
    solveAndWait();

    PositionView after = positions(clinic.sessions()).get(lead.assignmentId());
    assertThat(after.staffId()).isEqualTo(chosen.id());
    assertThat(after.pinned()).isTrue();
  }

  @Test
  void exportHasASheetPerSiteEachPersonsScheduleAndTheScore() throws Exception {
    clinic.createPlan(clinic.nextMonday(), 4);
    solveAndWait();

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(clinic.export()))) {
      Sheet staff = book.getSheet(ClinicScheduleWorkbook.STAFF_SHEET);
      Sheet score = book.getSheet(ClinicScheduleWorkbook.SCORE_SHEET);
      assertThat(staff.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Person");
      assertThat(staff.getLastRowNum()).isGreaterThan(100);
      assertThat(staff.getPaneInformation().isFreezePane()).isTrue();
      assertThat(score.getRow(0).getCell(0).getStringCellValue()).contains("0hard");
      assertThat(book.getNumberOfSheets()).isGreaterThan(3);
      Sheet site = book.getSheetAt(0);
      assertThat(site.getRow(1).getCell(6).getStringCellValue()).isEqualTo(Position.LEAD.label());
      String lead = site.getRow(2).getCell(6).getStringCellValue();
      assertThat(lead).isNotBlank();
    }
  }

  @Test
  void refusesAHorizonOutsideFourToTwelveWeeksAndChangesNothing() {
    PlanSummary before = clinic.createPlan(clinic.nextMonday(), 4);

    assertThatThrownBy(() -> clinic.createPlan(clinic.nextMonday(), 13))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("between 4 and 12 weeks");
    assertThatThrownBy(() -> clinic.createPlan(clinic.nextMonday().plusDays(1), 4))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Monday");
    assertThat(clinic.summary().orElseThrow().planId()).isEqualTo(before.planId());
  }

  @Test
  void plannedScreensPerDayComeOnlyFromAPublishedPlan() {
    clinic.createPlan(clinic.nextMonday(), 4);
    solveAndWait();
    long serviceId = services.current().getId();
    LocalDate monday = clinic.nextMonday();
    assertThat(clinic.plannedScreensPerDay(serviceId, monday, monday.plusDays(27))).isEmpty();

    clinic.publish();

    Map<LocalDate, Integer> screens =
        clinic.plannedScreensPerDay(serviceId, monday, monday.plusDays(27));
    assertThat(screens.keySet())
        .as("every day of the published horizon, so a day without screening reads as 0")
        .containsExactlyInAnyOrderElementsOf(monday.datesUntil(monday.plusDays(28)).toList());
    assertThat(screens.get(monday.plusDays(5))).as("Saturday").isZero();
    assertThat(screens.get(monday.plusDays(1))).as("a Tuesday").isPositive();
  }

  private void solveAndWait() {
    clinic.solve();
    awaitSolverEnd();
  }

  private void awaitSolverEnd() {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (clinic.solving()) {
      assertThat(System.nanoTime()).as("solver still running").isLessThan(deadline);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static Map<Long, PositionView> positions(List<SessionView> sessions) {
    return sessions.stream()
        .flatMap(s -> s.positions().stream())
        .collect(Collectors.toMap(PositionView::assignmentId, Function.identity()));
  }

  private static Map<Long, SessionView> sessionByPosition(List<SessionView> sessions) {
    return sessions.stream()
        .flatMap(s -> s.positions().stream().map(p -> Map.entry(p.assignmentId(), s)))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
