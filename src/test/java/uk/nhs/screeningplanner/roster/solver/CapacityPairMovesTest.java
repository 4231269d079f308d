package uk.nhs.screeningplanner.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** Capacity added, removed and re-purposed in valid pairs. */
class CapacityPairMovesTest {

  static final List<LocalDate> DAYS = RosterProblem.workingDays(LocalDate.of(2026, 11, 30), 2);

  @Test
  void pairsAreValidAndUndoRestoresTheRoster() {
    Reader ann = new Reader(1, "ANN", "Ann", false, 6, 0, 0);
    Reader bob = new Reader(2, "BOB", "Bob", true, 6, 0, 0);
    Reader cat = new Reader(3, "CAT", "Cat", true, 6, 0, 0);
    List<ReadingShift> shifts = new ArrayList<>();
    Random setup = new Random(5);
    for (int day = 0; day < DAYS.size(); day++) {
      for (SessionPart part : List.of(SessionPart.AM, SessionPart.PM)) {
        for (Reader r : List.of(ann, bob, cat)) {
          ReadingShift s =
              new ReadingShift(
                  RosterProblem.shiftId(r.getId(), day, part), r, DAYS.get(day), part, day, 50);
          int pick = setup.nextInt(6);
          s.setRole(
              pick == 0
                  ? ReadingRole.FIRST_READ
                  : pick == 1
                      ? ReadingRole.SECOND_READ
                      : pick == 2 && r.isArbitrator() ? ReadingRole.ARBITRATION : null);
          shifts.add(s);
        }
      }
    }
    ReadingShift off = shifts.get(2);
    off.setPreference(Preference.UNAVAILABLE);
    off.setRole(null);
    ReadingShift pinned = shifts.get(5);
    pinned.setPinned(true);
    ReaderRoster roster = new ReaderRoster(List.of(ann, bob, cat), null, shifts);
    @SuppressWarnings("unchecked")
    ScoreDirector<ReaderRoster> director = mock(ScoreDirector.class);
    when(director.getWorkingSolution()).thenReturn(roster);
    CapacityPairMoves factory = new CapacityPairMoves();
    factory.phaseStarted(director);
    var moves = factory.createRandomMoveIterator(director, new Random(11));
    Map<String, Integer> kinds = new HashMap<>();
    for (int i = 0; i < 3000; i++) {
      RoleChanges move = moves.next();
      if (!move.isMoveDoable(director)) {
        continue;
      }
      Map<ReadingShift, ReadingRole> before = new HashMap<>();
      shifts.forEach(s -> before.put(s, s.getRole()));
      RoleChanges undo = (RoleChanges) move.doMove(director);
      List<ReadingShift> changed = move.getPlanningEntities();
      assertThat(changed).hasSize(2).doesNotContain(off, pinned);
      assertThat(changed.get(0).getReader()).isNotEqualTo(changed.get(1).getReader());
      for (ReadingShift s : changed) {
        assertThat(s.getRole() != ReadingRole.ARBITRATION || s.getReader().isArbitrator()).isTrue();
        long inWeek =
            shifts.stream()
                .filter(
                    x ->
                        x.getReader().equals(s.getReader())
                            && x.getWeek() == s.getWeek()
                            && x.getRole() != null)
                .count();
        long beforeInWeek =
            shifts.stream()
                .filter(
                    x ->
                        x.getReader().equals(s.getReader())
                            && x.getWeek() == s.getWeek()
                            && before.get(x) != null)
                .count();
        assertThat(inWeek).isLessThanOrEqualTo(Math.max(6, beforeInWeek));
      }
      kinds.merge(kind(before, changed), 1, Integer::sum);
      undo.doMove(director);
      shifts.forEach(s -> assertThat(s.getRole()).isEqualTo(before.get(s)));
    }
    assertThat(kinds.keySet())
        .contains("null>FIRST_READ,null>SECOND_READ", "FIRST_READ>null,SECOND_READ>null");
    assertThat(kinds.keySet().stream().anyMatch(k -> k.contains(">ARBITRATION,null>"))).isTrue();
    assertThat(kinds.keySet().stream().anyMatch(k -> k.startsWith("ARBITRATION>"))).isTrue();
  }

  private static String kind(Map<ReadingShift, ReadingRole> before, List<ReadingShift> changed) {
    return before.get(changed.get(0))
        + ">"
        + changed.get(0).getRole()
        + ","
        + before.get(changed.get(1))
        + ">"
        + changed.get(1).getRole();
  }
}
