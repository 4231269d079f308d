package uk.nhs.screeningplanner.clinic.solver;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.domain.Session;
import uk.nhs.screeningplanner.clinic.domain.Staff;

/** The rules' names as a manager reads them, and one sentence for each breach. */
public final class Rules {

  public static final String SKILL = "Skill for the position";
  public static final String AVAILABLE = "Staff available";
  public static final String ONE_PLACE = "One session at a time";
  public static final String TRAVEL_BREAK = "Travel fits the lunch break";
  public static final String CONTRACT = "Contracted sessions per week";
  public static final String VAN_DAYS = "Maximum van days per week";
  public static final String UNFILLED = "Required position unfilled";
  public static final String THIRD = "Third person at a busy session";
  public static final String FAIR_VAN_DAYS = "Fair spread of van days";
  public static final String FAIR_PM = "Fair spread of afternoons";
  public static final String UNDESIRED = "Undesired session";
  public static final String DESIRED = "Desired session";
  public static final String TRAVEL_BASE = "Travel from base";
  public static final String VAN_TEAM = "Same team on a van through the week";
  public static final String PUBLISHED = "Change from the published plan";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd/MM/yyyy");

  private Rules() {}

  static String when(Session s) {
    return DAY.format(s.date()) + (s.morning() ? " AM" : " PM");
  }

  static String where(Session s) {
    return s.unitName() + " at " + s.site().name();
  }

  static int minutesShort(PositionAssignment am, PositionAssignment pm) {
    int gap = pm.getSession().startMinute() - am.getSession().endMinute();
    return am.getSession().site().travelMinutesTo(pm.getSession().site()) - gap;
  }

  static Breach skill(PositionAssignment a) {
    return about(
        a,
        "%s fills %s in %s, %s but is not a %s.",
        a.getStaff(),
        a.getPosition().label().toLowerCase(),
        where(a.getSession()),
        when(a.getSession()),
        a.getPosition().qualifyingSkills());
  }

  static Breach unavailable(PositionAssignment a) {
    return about(
        a,
        "%s is booked for %s, %s but is unavailable then: %s.",
        a.getStaff(),
        where(a.getSession()),
        when(a.getSession()),
        a.getStaff().unavailableReason(a.getSession()));
  }

  static Breach doubleBooked(PositionAssignment a, PositionAssignment b) {
    return about(
        a,
        "%s is booked twice on %s: %s and %s.",
        a.getStaff(),
        when(a.getSession()),
        where(a.getSession()),
        where(b.getSession()));
  }

  static Breach travel(PositionAssignment am, PositionAssignment pm) {
    return about(
        am,
        "%s cannot get from %s to %s over lunch on %s: %d minutes short.",
        am.getStaff(),
        am.getSession().site().name(),
        pm.getSession().site().name(),
        DAY.format(am.getSession().date()),
        minutesShort(am, pm));
  }

  static Breach overContract(Staff staff, LocalDate week, int sessions) {
    return weekly(
        staff,
        week,
        "%s has %d sessions in the week of %s; the contract is %d.",
        sessions,
        staff.contractedSessionsPerWeek());
  }

  static Breach overVanDays(Staff staff, LocalDate week, int days) {
    return weekly(
        staff,
        week,
        "%s has %d van days in the week of %s; the limit is %d.",
        days,
        staff.maxVanDaysPerWeek());
  }

  static Breach unfilled(PositionAssignment a) {
    Session s = a.getSession();
    return new Breach(
        "",
        s.date(),
        String.format(
            "%s in %s, %s is empty: the session cannot run and %d slots are lost.",
            a.getPosition().label(), where(s), when(s), s.slots()),
        a.getId());
  }

  static Breach noThird(PositionAssignment a) {
    Session s = a.getSession();
    return new Breach(
        "", s.date(), String.format("%s, %s is busy and has no third person.", where(s), when(s)));
  }

  static Breach vanDays(Staff staff, LocalDate week, int days) {
    return weekly(staff, week, "%s has %d van days in the week of %s.", days);
  }

  static Breach afternoons(Staff staff, LocalDate week, int pms) {
    return weekly(staff, week, "%s has %d afternoon sessions in the week of %s.", pms);
  }

  static Breach undesired(PositionAssignment a) {
    return about(
        a,
        "%s asked not to work %s but is at %s.",
        a.getStaff(),
        when(a.getSession()),
        where(a.getSession()));
  }

  static Breach desired(PositionAssignment a) {
    return about(
        a,
        "%s asked to work %s and is at %s.",
        a.getStaff(),
        when(a.getSession()),
        where(a.getSession()));
  }

  static Breach travelFromBase(PositionAssignment a) {
    return about(
        a,
        "%s travels about %d minutes from base to %s on %s.",
        a.getStaff(),
        a.getStaff().travelMinutesTo(a.getSession()),
        a.getSession().site().name(),
        when(a.getSession()));
  }

  static Breach vanTeam(String van, LocalDate week, int people) {
    return new Breach(
        "",
        week,
        String.format(
            "%s has %d different people in the week of %s.", van, people, DAY.format(week)));
  }

  static Breach changed(PositionAssignment a) {
    String was = a.getPublishedStaff() == null ? "nobody" : a.getPublishedStaff().name();
    String now = a.getStaff() == null ? "nobody" : a.getStaff().name();
    return new Breach(
        a.getStaff() == null ? was : now,
        a.getSession().date(),
        String.format(
            "%s in %s, %s: published %s, now %s (%s).",
            a.getPosition().label(),
            where(a.getSession()),
            when(a.getSession()),
            was,
            now,
            a.getStaff() == null ? a.change().words() : now + " " + a.change().words()));
  }

  private static Breach about(PositionAssignment a, String format, Object... args) {
    return new Breach(a.getStaff().name(), a.getSession().date(), String.format(format, args));
  }

  private static Breach weekly(Staff staff, LocalDate week, String format, int... numbers) {
    Object[] args = new Object[numbers.length + 2];
    args[0] = staff.name();
    args[1] = numbers[0];
    args[2] = DAY.format(week);
    for (int i = 1; i < numbers.length; i++) {
      args[i + 2] = numbers[i];
    }
    return new Breach(staff.name(), week, String.format(format, args));
  }
}
