package uk.nhs.screeningplanner.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.clinic.workbook.ClinicScheduleWorkbook;
import uk.nhs.screeningplanner.planning.SolverJobService;
import uk.nhs.screeningplanner.planning.SolverJobStatus;
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
  void replanAfterAnAbsenceChangesNothingBeforeItAndKeepsOthersPublishedPositions() {
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

    clinic.recordAbsence(absentee.staffId(), from, to, "Sickness");
    awaitSolverEnd();

    Map<Long, PositionView> before = positions(published);
    Map<Long, SessionView> sessionOf = sessionByPosition(published);
    List<SessionView> after = clinic.sessions();
    for (PositionView now : positions(after).values()) {
      PositionView then = before.get(now.assignmentId());
      LocalDate day = sessionOf.get(now.assignmentId()).date();
      if (day.isBefore(from)) {
        assertThat(now.staffId()).as("before the absence, %s", day).isEqualTo(then.staffId());
      }
      if (!day.isBefore(from) && !day.isAfter(to)) {
        assertThat(now.staffId()).isNotEqualTo(absentee.staffId());
        if (then.staffId() != null && !then.staffId().equals(absentee.staffId())) {
          assertThat(now.staffId())
              .as("others keep their sessions during the absence, %s", day)
              .isEqualTo(then.staffId());
        }
      }
    }
    long othersKept =
        positions(after).values().stream()
            .filter(
                p ->
                    p.publishedStaffId() != null
                        && !p.publishedStaffId().equals(absentee.staffId()))
            .filter(p -> sessionOf.get(p.assignmentId()).date().isAfter(to))
            .filter(p -> p.publishedStaffId().equals(p.staffId()))
            .count();
    long othersAfter =
        positions(after).values().stream()
            .filter(
                p ->
                    p.publishedStaffId() != null
                        && !p.publishedStaffId().equals(absentee.staffId()))
            .filter(p -> sessionOf.get(p.assignmentId()).date().isAfter(to))
            .count();
    assertThat(othersAfter).isGreaterThan(100);
    assertThat(othersKept).isEqualTo(othersAfter);
    assertThat(clinic.summary().orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(clinic.changes()).isNotEmpty().allMatch(c -> !c.session().date().isBefore(from));
    long absenteeHeld =
        positions(published).values().stream()
            .filter(p -> absentee.staffId().equals(p.staffId()))
            .filter(p -> !sessionOf.get(p.assignmentId()).date().isBefore(from))
            .filter(p -> !sessionOf.get(p.assignmentId()).date().isAfter(to))
            .count();
    assertThat(clinic.changes())
        .as("only what the absent person held (or nobody held) moves")
        .hasSizeGreaterThanOrEqualTo((int) absenteeHeld)
        .allMatch(c -> c.published() == null || c.published().equals(absentee.staffName()));
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
