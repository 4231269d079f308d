package uk.nhs.screeningplanner.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.planning.SolverJobService;
import uk.nhs.screeningplanner.planning.SolverJobStatus;
import uk.nhs.screeningplanner.shared.ValidationException;

/**
 * The roster end to end on the sample service: create, solve to zero hard, publish, record a
 * mid-horizon absence, replan — nothing before the absence changes — and the diff lists changes.
 */
@SpringBootTest(properties = "planner.test.context=roster-service")
@ActiveProfiles("test")
@WithMockUser(username = "rota", roles = "ROTA_COORDINATOR")
class ReaderRosterServiceTest {

  @Autowired ReaderRosterService roster;
  @Autowired SolverJobService jobs;

  RosterProgress solveAndWait() throws Exception {
    CompletableFuture<RosterProgress> done = new CompletableFuture<>();
    roster.solve(
        p -> {
          if (p.finished()) {
            done.complete(p);
          }
        });
    return done.get(60, TimeUnit.SECONDS);
  }

  @Test
  void solvesPublishesAndReplansAnAbsenceWithoutTouchingEarlierDays() throws Exception {
    RosterSnapshot empty = roster.create(12);
    assertThat(empty.days()).hasSize(60);
    assertThat(empty.readers()).hasSizeGreaterThanOrEqualTo(2);

    RosterProgress solved = solveAndWait();
    RosterSnapshot first = roster.current().orElseThrow();
    assertThat(first.feasible()).as(first.score()).isTrue();
    assertThat(first.cells().stream().filter(c -> c.role() != null)).isNotEmpty();
    assertThat(solved.score()).isEqualTo(first.score());
    assertThat(roster.latestJob().orElseThrow().getStatus()).isEqualTo(SolverJobStatus.FINISHED);

    roster.publish();
    assertThat(roster.current().orElseThrow().status()).isEqualTo(RosterStatus.PUBLISHED);
    assertThat(roster.changes()).isEmpty();

    // the reader with the most sessions in week 5 is off sick for the whole of that week (the
    // busiest over the horizon may happen to have none that week: then nothing would change)
    LocalDate from = first.start().plusWeeks(4);
    Map<Long, Long> sessionsInWeek5 =
        first.cells().stream()
            .filter(c -> c.role() != null && !c.date().isBefore(from))
            .filter(c -> c.date().isBefore(from.plusDays(5)))
            .collect(
                java.util.stream.Collectors.groupingBy(
                    RosterCell::staffId, java.util.stream.Collectors.counting()));
    long busiestId =
        sessionsInWeek5.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .orElseThrow()
            .getKey();
    var busiest =
        first.readers().stream().filter(r -> r.staffId() == busiestId).findFirst().orElseThrow();
    roster.recordAbsence(busiest.staffId(), from, from.plusDays(4), "Off sick");
    RosterSnapshot marked = roster.current().orElseThrow();
    assertThat(marked.status()).isEqualTo(RosterStatus.DRAFT);
    assertThat(marked.replanFrom()).isEqualTo(from);

    solveAndWait();
    RosterSnapshot replanned = roster.current().orElseThrow();
    assertThat(replanned.feasible()).as(replanned.score()).isTrue();
    assertThat(replanned.replanFrom()).as("the replan has run: nothing waits for one").isNull();
    Map<Long, RosterCell> before = byShift(first);
    for (RosterCell cell : replanned.cells()) {
      if (cell.date().isBefore(from)) {
        assertThat(cell.role()).as(cell.toString()).isEqualTo(before.get(cell.shiftId()).role());
      }
      if (cell.staffId() == busiest.staffId()
          && !cell.date().isBefore(from)
          && cell.date().isBefore(from.plusDays(5))) {
        assertThat(cell.role()).as("absent reader is not rostered " + cell).isNull();
      }
    }
    assertThat(roster.changes()).isNotEmpty();
    assertThat(roster.changes()).allMatch(c -> !c.date().isBefore(from));
    assertThat(roster.explain().orElseThrow().rules()).isNotEmpty();
    exportReadsBack(replanned);

    assertThat(roster.revertToPublished()).isPositive();
    RosterSnapshot reverted = roster.current().orElseThrow();
    assertThat(reverted.status()).isEqualTo(RosterStatus.PUBLISHED);
    assertThat(roster.changes()).isEmpty();
    assertThat(byShift(reverted).values())
        .allSatisfy(c -> assertThat(c.role()).isEqualTo(before.get(c.shiftId()).role()));
  }

  void exportReadsBack(RosterSnapshot snapshot) throws Exception {
    byte[] xlsx = roster.export().orElseThrow();
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(12 + 2);
      var week1 = wb.getSheetAt(0);
      assertThat(week1.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Reader");
      assertThat(week1.getPaneInformation().isFreezePane()).isTrue();
      RosterSnapshot.RosterReader reader = snapshot.readers().get(0);
      RosterCell mondayAm = snapshot.cellsOf(reader.staffId(), snapshot.start()).get(0);
      String expected =
          mondayAm.role() != null
              ? mondayAm.role().letter() + (mondayAm.pinned() ? "*" : "")
              : mondayAm.unavailable() ? "off" : (mondayAm.pinned() ? "-*" : "");
      assertThat(week1.getRow(2).getCell(0).getStringCellValue()).startsWith(reader.name());
      assertThat(week1.getRow(2).getCell(1).getStringCellValue()).isEqualTo(expected);
      var score = wb.getSheet("Score");
      assertThat(score.getRow(0).getCell(0).getStringCellValue()).contains(snapshot.score());
      // the page's figures: against the bound, days to result, the queue
      assertThat(score.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Against the bound");
      assertThat(score.getRow(4).getCell(3).getStringCellValue())
          .isEqualTo(snapshot.figures().queue());
      assertThat(wb.getSheet("Readers").getLastRowNum()).isEqualTo(snapshot.readers().size());
    }
  }

  @Test
  void refusesAHorizonOutsideFourToTwelveWeeks() {
    assertThatThrownBy(() -> roster.create(13))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("4 to 12 weeks");
  }

  @Test
  @WithMockUser(username = "exec", roles = "EXECUTIVE")
  void anExecutiveCanReadButNotChangeTheRoster() {
    assertThatCode(() -> roster.current()).doesNotThrowAnyException();
    assertThatThrownBy(() -> roster.create(12)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> roster.solve(p -> {})).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> roster.publish()).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> roster.recordAbsence(1, LocalDate.now(), LocalDate.now(), "x"))
        .isInstanceOf(AccessDeniedException.class);
  }

  static Map<Long, RosterCell> byShift(RosterSnapshot s) {
    return s.cells().stream().collect(Collectors.toMap(RosterCell::shiftId, Function.identity()));
  }
}
