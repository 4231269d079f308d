package uk.nhs.screeningplanner.clinic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.domain.Session;
import uk.nhs.screeningplanner.clinic.domain.Staff;

/**
 * Why nobody fills an empty required position, person by person (issue #12: a reason a manager can
 * act on): of the people with the skill, who is away and why, who is reading in the roster in
 * force, who works at another session then, who has reached their weekly contract or van-day limit,
 * who could not travel between sites over lunch — and who, if anyone, is free.
 */
final class EmptyPositionReasons {

  private final Map<String, PositionAssignment> byHalfDay = new HashMap<>();
  private final Map<String, Integer> sessionsByWeek = new HashMap<>();
  private final Map<String, Set<LocalDate>> vanDaysByWeek = new HashMap<>();

  EmptyPositionReasons(ClinicSchedule plan) {
    for (PositionAssignment a : plan.getAssignments()) {
      Staff s = a.getStaff();
      if (s != null) {
        byHalfDay.put(s.id() + "|" + a.getSession().halfDay(), a);
        sessionsByWeek.merge(s.id() + "|" + a.getSession().week(), 1, Integer::sum);
        if (a.getSession().van()) {
          vanDaysByWeek
              .computeIfAbsent(s.id() + "|" + a.getSession().week(), k -> new TreeSet<>())
              .add(a.getSession().date());
        }
      }
    }
  }

  /** "Of 14 people with the skill: 3 away (…); 7 at other sessions then; …". */
  String explain(PositionAssignment empty) {
    Session session = empty.getSession();
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (Staff person : empty.getEligible()) {
      String why = why(person, session);
      groups.computeIfAbsent(why, k -> new ArrayList<>()).add(person.name());
    }
    List<String> parts = new ArrayList<>();
    groups.forEach((why, names) -> parts.add(names.size() + " " + why + " (" + list(names) + ")"));
    return String.format(
        "Of %d %s with the skill: %s.",
        empty.getEligible().size(),
        empty.getEligible().size() == 1 ? "person" : "people",
        String.join("; ", parts));
  }

  private String why(Staff person, Session session) {
    if (person.unavailableFor(session)) {
      String reason = person.unavailableReason(session);
      return reason.contains("(published ") ? reason : "away: " + reason.toLowerCase(Locale.UK);
    }
    PositionAssignment other = byHalfDay.get(person.id() + "|" + session.halfDay());
    if (other != null) {
      return "working at another session then";
    }
    String week = person.id() + "|" + session.week();
    if (sessionsByWeek.getOrDefault(week, 0) >= person.contractedSessionsPerWeek()) {
      return "at their weekly limit of clinic sessions";
    }
    Set<LocalDate> vanDays = vanDaysByWeek.getOrDefault(week, Set.of());
    if (session.van()
        && !vanDays.contains(session.date())
        && vanDays.size() >= person.maxVanDaysPerWeek()) {
      return "at their van-day limit for the week";
    }
    PositionAssignment sameDay = byHalfDay.get(person.id() + "|" + (session.halfDay() ^ 1));
    if (sameDay != null && travelShort(sameDay.getSession(), session)) {
      return "unable to reach it over lunch from their other session that day";
    }
    return "free: can be put in by hand";
  }

  private static boolean travelShort(Session a, Session b) {
    Session am = a.morning() ? a : b;
    Session pm = a.morning() ? b : a;
    if (am.site() == null || pm.site() == null) {
      return false;
    }
    return am.site().travelMinutesTo(pm.site()) > pm.startMinute() - am.endMinute();
  }

  private static String list(List<String> names) {
    return names.size() <= 6
        ? String.join(", ", names)
        : String.join(", ", names.subList(0, 6)) + " and " + (names.size() - 6) + " more";
  }
}
