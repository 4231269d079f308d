package uk.nhs.screeningplanner.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.director.ScoreDirector;
import uk.nhs.screeningplanner.roster.domain.Preference;
import uk.nhs.screeningplanner.roster.domain.Reader;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;
import uk.nhs.screeningplanner.roster.domain.RosterProblem;
import uk.nhs.screeningplanner.roster.domain.SessionPart;

/** Role swaps between sessions of the same half-day or the same reader and week. */
class RosterSwapMovesTest {

  static final List<LocalDate> DAYS = RosterProblem.workingDays(LocalDate.of(2026, 11, 30), 2);
  final Reader ann = new Reader(1, "ANN", "Ann", false, 4, 0, 0);
  final Reader bob = new Reader(2, "BOB", "Bob", true, 4, 0, 0);
  final Reader cat = new Reader(3, "CAT", "Cat", true, 4, 0, 0);
  long ids;

  @Test
  void swapsRolesWithinAHalfDayOrAReadersWeekOnly() {
    List<ReadingShift> shifts = new ArrayList<>();
    ReadingRole[] roles = {
      ReadingRole.FIRST_READ, ReadingRole.SECOND_READ, ReadingRole.ARBITRATION
    };
    for (int day = 0; day < DAYS.size(); day++) {
      for (SessionPart part : List.of(SessionPart.AM, SessionPart.PM)) {
        for (Reader r : List.of(ann, bob, cat)) {
          ReadingShift s = new ReadingShift(++ids, r, DAYS.get(day), part, day, 40);
          int pick = (int) ((ids * 7) % 4);
          s.setRole(pick == 3 || (r == ann && pick == 2) ? null : roles[pick]);
          shifts.add(s);
        }
      }
    }
    ReadingShift off = shifts.get(4);
    off.setPreference(Preference.UNAVAILABLE);
    off.setRole(null);
    ReadingShift pinned = shifts.get(7);
    pinned.setPinned(true);

    RosterSwapMoves factory = new RosterSwapMoves();
    @SuppressWarnings("unchecked")
    ScoreDirector<ReaderRoster> director = mock(ScoreDirector.class);
    when(director.getWorkingSolution())
        .thenReturn(new ReaderRoster(List.of(ann, bob, cat), null, shifts));
    factory.phaseStarted(director);
    var moves = factory.createRandomMoveIterator(director, new Random(3));
    int sameHalfDay = 0;
    int sameReaderWeek = 0;
    for (int i = 0; i < 1000; i++) {
      var move = moves.next();
      if (!move.isMoveDoable(director)) {
        continue;
      }
      ReadingShift a = move.getPlanningEntities().get(0);
      ReadingShift b = move.getPlanningEntities().get(1);
      assertThat(List.of(a, b)).doesNotContain(off, pinned);
      boolean halfDay = a.getDayIndex() == b.getDayIndex() && a.getPart() == b.getPart();
      boolean readerWeek = a.getReader() == b.getReader() && a.getWeek() == b.getWeek();
      assertThat(halfDay || readerWeek).as("%s / %s", a, b).isTrue();
      sameHalfDay += halfDay ? 1 : 0;
      sameReaderWeek += readerWeek ? 1 : 0;
      var undo = move.doMove(director);
      // Ann is no arbitrator: no swap hands her an arbitration session.
      assertThat(List.of(a, b))
          .noneMatch(s -> s.getRole() == ReadingRole.ARBITRATION && !s.getReader().isArbitrator());
      undo.doMove(director);
    }
    assertThat(sameHalfDay).isPositive();
    assertThat(sameReaderWeek).isPositive();
  }
}
