package uk.nhs.screeningplanner.roster.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import uk.nhs.screeningplanner.roster.domain.Preference;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;

/**
 * Moves that change reading capacity in valid pairs (issue 15), which a single change cannot do
 * without first making the roster worse: a first read shortens no wait until someone else second
 * reads the case, and turning a session into arbitration loses its first reads until another
 * session takes them over. Four kinds, equally often:
 *
 * <ul>
 *   <li>add a first read and, by another reader the same day or up to two days later, a second
 *       read;
 *   <li>remove such a pair;
 *   <li>turn an arbitrator's first or second read into arbitration, and give that role to a free
 *       session of another reader the same day;
 *   <li>the reverse: an arbitration back to reading, dropping another reader's session in that role
 *       the same day.
 * </ul>
 *
 * Only sessions that are neither pinned nor unavailable take part, and a move never gives a reader
 * more sessions a week than the job plan allows.
 */
public class CapacityPairMoves implements MoveIteratorFactory<ReaderRoster, RoleChanges> {

  private static final int TRIES = 30;
  private static final int LATER_DAYS = 2;
  private List<ReadingShift> movable = List.of();
  private Map<Integer, List<ReadingShift>> byDay = Map.of();
  private Map<List<Object>, List<ReadingShift>> byReaderWeek = Map.of();

  @Override
  public void phaseStarted(ScoreDirector<ReaderRoster> director) {
    movable = new ArrayList<>();
    byDay = new HashMap<>();
    byReaderWeek = new HashMap<>();
    for (ReadingShift s : director.getWorkingSolution().getShifts()) {
      byReaderWeek
          .computeIfAbsent(List.of(s.getReader(), s.getWeek()), k -> new ArrayList<>())
          .add(s);
      if (!s.isPinned() && s.getPreference() != Preference.UNAVAILABLE) {
        movable.add(s);
        byDay.computeIfAbsent(s.getDayIndex(), d -> new ArrayList<>()).add(s);
      }
    }
  }

  @Override
  public void phaseEnded(ScoreDirector<ReaderRoster> director) {
    movable = List.of();
    byDay = Map.of();
    byReaderWeek = Map.of();
  }

  @Override
  public long getSize(ScoreDirector<ReaderRoster> director) {
    return (long) movable.size() * 4;
  }

  @Override
  public Iterator<RoleChanges> createOriginalMoveIterator(ScoreDirector<ReaderRoster> director) {
    throw new UnsupportedOperationException("Capacity pairs are only selected at random");
  }

  @Override
  public Iterator<RoleChanges> createRandomMoveIterator(
      ScoreDirector<ReaderRoster> director, Random random) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !movable.isEmpty();
      }

      @Override
      public RoleChanges next() {
        for (int i = 0; i < TRIES; i++) {
          RoleChanges move =
              switch (random.nextInt(4)) {
                case 0 -> addPair(random);
                case 1 -> removePair(random);
                case 2 -> toArbitration(random);
                default -> fromArbitration(random);
              };
          if (move != null) {
            return move;
          }
        }
        ReadingShift any = movable.get(random.nextInt(movable.size()));
        return new RoleChanges(List.of(any), java.util.Collections.singletonList(any.getRole()));
      }
    };
  }

  RoleChanges addPair(Random random) {
    ReadingShift first = pick(random, movable, s -> s.getRole() == null && hasRoom(s));
    if (first == null) {
      return null;
    }
    ReadingShift second =
        pick(
            random,
            sameOrLaterDay(random, first),
            s ->
                s.getRole() == null
                    && !s.getReader().equals(first.getReader())
                    && after(s, first)
                    && hasRoom(s));
    return second == null
        ? null
        : new RoleChanges(
            List.of(first, second), List.of(ReadingRole.FIRST_READ, ReadingRole.SECOND_READ));
  }

  RoleChanges removePair(Random random) {
    ReadingShift first = pick(random, movable, s -> s.getRole() == ReadingRole.FIRST_READ);
    if (first == null) {
      return null;
    }
    ReadingShift second =
        pick(
            random,
            sameOrLaterDay(random, first),
            s ->
                s.getRole() == ReadingRole.SECOND_READ && !s.getReader().equals(first.getReader()));
    return second == null
        ? null
        : new RoleChanges(List.of(first, second), java.util.Arrays.asList(null, null));
  }

  RoleChanges toArbitration(Random random) {
    ReadingShift arbitrator =
        pick(
            random,
            movable,
            s ->
                s.getReader().isArbitrator()
                    && (s.getRole() == ReadingRole.FIRST_READ
                        || s.getRole() == ReadingRole.SECOND_READ));
    if (arbitrator == null) {
      return null;
    }
    ReadingShift replacement =
        pick(
            random,
            byDay.getOrDefault(arbitrator.getDayIndex(), List.of()),
            s ->
                s.getRole() == null && !s.getReader().equals(arbitrator.getReader()) && hasRoom(s));
    return replacement == null
        ? null
        : new RoleChanges(
            List.of(arbitrator, replacement),
            List.of(ReadingRole.ARBITRATION, arbitrator.getRole()));
  }

  RoleChanges fromArbitration(Random random) {
    ReadingShift arbitrator = pick(random, movable, s -> s.getRole() == ReadingRole.ARBITRATION);
    if (arbitrator == null) {
      return null;
    }
    ReadingRole role = random.nextBoolean() ? ReadingRole.FIRST_READ : ReadingRole.SECOND_READ;
    ReadingShift dropped =
        pick(
            random,
            byDay.getOrDefault(arbitrator.getDayIndex(), List.of()),
            s -> s.getRole() == role && !s.getReader().equals(arbitrator.getReader()));
    return dropped == null
        ? null
        : new RoleChanges(List.of(arbitrator, dropped), java.util.Arrays.asList(role, null));
  }

  /** A session of another reader that reads after {@code first}'s session ends. */
  private static boolean after(ReadingShift s, ReadingShift first) {
    return s.getDayIndex() > first.getDayIndex()
        || s.getPart().ordinal() > first.getPart().ordinal();
  }

  private List<ReadingShift> sameOrLaterDay(Random random, ReadingShift s) {
    return byDay.getOrDefault(s.getDayIndex() + random.nextInt(LATER_DAYS + 1), List.of());
  }

  /** True when the reader may take one more session that week. */
  private boolean hasRoom(ReadingShift s) {
    int rostered = 0;
    for (ReadingShift other : byReaderWeek.get(List.of(s.getReader(), s.getWeek()))) {
      if (other.getRole() != null) {
        rostered++;
      }
    }
    return rostered < s.getReader().getReadingSessionsPerWeek();
  }

  private static ReadingShift pick(
      Random random, List<ReadingShift> from, java.util.function.Predicate<ReadingShift> ok) {
    if (from.isEmpty()) {
      return null;
    }
    for (int i = 0; i < TRIES; i++) {
      ReadingShift s = from.get(random.nextInt(from.size()));
      if (ok.test(s)) {
        return s;
      }
    }
    return null;
  }
}
