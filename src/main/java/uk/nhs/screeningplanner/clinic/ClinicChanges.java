package uk.nhs.screeningplanner.clinic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.domain.Session;
import uk.nhs.screeningplanner.clinic.domain.Staff;

/**
 * The differences between a plan and its published version, each with its cause read from the plan
 * itself: what became of the person published there (away, moved to another place) and where the
 * new holder came from (moved up in the session, from another session, free that half-day).
 */
final class ClinicChanges {

  private final Map<String, PositionAssignment> now = new HashMap<>();
  private final Map<String, PositionAssignment> then = new HashMap<>();

  private ClinicChanges(ClinicSchedule plan) {
    for (PositionAssignment a : plan.getAssignments()) {
      if (a.getStaff() != null) {
        now.put(key(a.getStaff(), a.getSession()), a);
      }
      if (a.wasPublished() && a.getPublishedStaff() != null) {
        then.put(key(a.getPublishedStaff(), a.getSession()), a);
      }
    }
  }

  static List<PlanChange> of(ClinicSchedule plan) {
    ClinicChanges changes = new ClinicChanges(plan);
    List<PlanChange> list = new ArrayList<>();
    for (PositionAssignment a : plan.getAssignments()) {
      if (a.changedFromPublished()) {
        list.add(changes.change(a));
      }
    }
    list.sort(
        Comparator.comparing(PlanChange::date)
            .thenComparing(c -> !c.morning())
            .thenComparing(PlanChange::where)
            .thenComparing(PlanChange::position));
    return list;
  }

  private PlanChange change(PositionAssignment a) {
    Session s = a.getSession();
    String reason = left(a) + "; " + came(a) + ".";
    return new PlanChange(
        s.date(),
        s.morning(),
        s.unitName() + (s.site() == null ? "" : ", " + s.site().name()),
        a.getPosition(),
        name(a.getPublishedStaff()),
        name(a.getStaff()),
        Character.toUpperCase(reason.charAt(0)) + reason.substring(1));
  }

  /** What became of the person published in the position. */
  private String left(PositionAssignment a) {
    Staff was = a.getPublishedStaff();
    if (was == null) {
      return "the position was empty when published";
    }
    if (was.unavailableFor(a.getSession())) {
      return was.name() + " is away (" + was.unavailableReason(a.getSession()) + ")";
    }
    PositionAssignment moved = now.get(key(was, a.getSession()));
    if (moved == null) {
      return was.name() + " is no longer booked that half-day";
    }
    return was.name() + " moved to " + place(moved, a.getSession());
  }

  /** Where the new holder came from, or why nobody holds it. */
  private String came(PositionAssignment a) {
    Staff who = a.getStaff();
    if (who == null) {
      return a.isRequired()
          ? "nobody qualified was free to take it (see Why?)"
          : "it is left empty (the session runs without it)";
    }
    PositionAssignment from = then.get(key(who, a.getSession()));
    if (from == null) {
      return who.name() + " was free that half-day and takes it";
    }
    return who.name() + " moves from " + place(from, a.getSession());
  }

  private static String place(PositionAssignment other, Session here) {
    String position = other.getPosition().label().toLowerCase(Locale.ROOT);
    return other.getSession().equals(here)
        ? position + " in the same session"
        : position + " on " + other.getSession().unitName();
  }

  private static String key(Staff staff, Session session) {
    return staff.id() + "|" + session.halfDay();
  }

  private static String name(Staff staff) {
    return staff == null ? "Nobody" : staff.name();
  }
}
