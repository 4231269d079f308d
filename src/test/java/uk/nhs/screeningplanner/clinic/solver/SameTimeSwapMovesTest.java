package uk.nhs.screeningplanner.clinic.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.MONDAY;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.mammographer;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.room;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.staff;
import static uk.nhs.screeningplanner.clinic.solver.Fixtures.van;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.director.ScoreDirector;
import uk.nhs.screeningplanner.clinic.Position;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.domain.Session;
import uk.nhs.screeningplanner.clinic.domain.Staff;
import uk.nhs.screeningplanner.planning.ValueSwapMove;
import uk.nhs.screeningplanner.service.Skill;

/** The same-half-day/same-week swaps: which pairs they pick and that each move undoes exactly. */
class SameTimeSwapMovesTest {

  private final Staff ann = mammographer("Ann");
  private final Staff bea = mammographer("Bea");
  private final Staff cal = mammographer("Cal");
  private final Staff ash =
      staff("Ash", Set.of(Skill.ASSISTANT_PRACTITIONER), Set.of(), Set.of(), Set.of());
  private final List<Staff> leads = List.of(ann, bea, cal);
  private final List<Staff> seconds = List.of(ann, bea, cal, ash);
  private long ids = 1;

  @Test
  void swapsOnlyMovablePositionsOfTheSameHalfDayOrWeekBetweenQualifiedPeople() {
    Session roomAm = room(MONDAY, true);
    Session vanAm = van(MONDAY, true);
    Session roomTuesday = room(MONDAY.plusDays(1), true);
    Session nextWeek = room(MONDAY.plusWeeks(1), true);
    List<PositionAssignment> all = new ArrayList<>();
    all.add(place(roomAm, Position.LEAD, leads, ann));
    all.add(place(roomAm, Position.SECOND, seconds, ash));
    all.add(place(vanAm, Position.LEAD, leads, bea));
    all.add(place(vanAm, Position.SECOND, seconds, null));
    all.add(place(roomTuesday, Position.LEAD, leads, cal));
    PositionAssignment pinned = place(roomTuesday, Position.SECOND, seconds, ann);
    pinned.setPinned(true);
    all.add(pinned);
    all.add(place(nextWeek, Position.LEAD, leads, ann));
    Map<PositionAssignment, Staff> before = new HashMap<>();
    all.forEach(a -> before.put(a, a.getStaff()));

    SameTimeSwapMoves factory = new SameTimeSwapMoves();
    @SuppressWarnings("unchecked")
    ScoreDirector<ClinicSchedule> director = mock(ScoreDirector.class);
    when(director.getWorkingSolution()).thenReturn(new ClinicSchedule(List.of(), List.of(), all));
    factory.phaseStarted(director);
    Iterator<ValueSwapMove<ClinicSchedule, PositionAssignment, Staff>> moves =
        factory.createRandomMoveIterator(director, new Random(7));

    int sameHalfDay = 0;
    int sameWeekOtherDay = 0;
    for (int i = 0; i < 500; i++) {
      var move = moves.next();
      if (!move.isMoveDoable(director)) {
        continue;
      }
      List<PositionAssignment> pair = move.getPlanningEntities();
      PositionAssignment left = pair.get(0);
      PositionAssignment right = pair.get(1);
      assertThat(pair).doesNotContain(pinned);
      assertThat(left.getSession().week()).isEqualTo(right.getSession().week());
      if (left.getSession().halfDay() == right.getSession().halfDay()) {
        sameHalfDay++;
      } else {
        sameWeekOtherDay++;
      }
      Staff leftWas = left.getStaff();
      Staff rightWas = right.getStaff();
      var undo = move.doMove(director);
      assertThat(left.getStaff()).isEqualTo(rightWas);
      assertThat(right.getStaff()).isEqualTo(leftWas);
      for (PositionAssignment a : pair) {
        // An assistant practitioner is never swapped into a lead position.
        assertThat(a.getStaff() == null || a.getEligible().contains(a.getStaff())).isTrue();
      }
      undo.doMove(director);
      all.forEach(a -> assertThat(a.getStaff()).isEqualTo(before.get(a)));
    }
    assertThat(sameHalfDay).isPositive();
    assertThat(sameWeekOtherDay).isPositive();
  }

  @Test
  void aPlanWithNothingMovableOffersNoMove() {
    PositionAssignment only = place(room(MONDAY, true), Position.LEAD, leads, ann);
    only.setPinned(true);
    SameTimeSwapMoves factory = new SameTimeSwapMoves();
    @SuppressWarnings("unchecked")
    ScoreDirector<ClinicSchedule> director = mock(ScoreDirector.class);
    when(director.getWorkingSolution())
        .thenReturn(new ClinicSchedule(List.of(), List.of(), List.of(only)));
    factory.phaseStarted(director);
    assertThat(factory.createRandomMoveIterator(director, new Random(1)).hasNext()).isFalse();
    assertThat(factory.getSize(director)).isZero();
  }

  private PositionAssignment place(
      Session session, Position position, List<Staff> eligible, Staff staff) {
    return new PositionAssignment(ids++, session, position, eligible, staff);
  }
}
