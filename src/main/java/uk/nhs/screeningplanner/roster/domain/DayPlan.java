package uk.nhs.screeningplanner.roster.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Who reads in which role in each session of one day, copied by value from the shifts so the queue
 * simulation sees the roles as they were when the day was grouped.
 */
public record DayPlan(int dayIndex, List<Session> sessions) {

  /** One reader's session of the day in a role, reading {@code capacity} cases. */
  public record Session(Reader reader, SessionPart part, ReadingRole role, int capacity) {}

  public DayPlan {
    sessions = List.copyOf(sessions);
  }

  /** The assigned shifts of one day (others are ignored). */
  public static DayPlan of(int dayIndex, Collection<ReadingShift> shifts) {
    List<Session> sessions = new ArrayList<>();
    for (ReadingShift s : shifts) {
      if (s.getRole() != null && s.getDayIndex() == dayIndex) {
        sessions.add(new Session(s.getReader(), s.getPart(), s.getRole(), s.getCapacity()));
      }
    }
    return new DayPlan(dayIndex, sessions);
  }
}
