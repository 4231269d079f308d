package uk.nhs.screeningplanner.clinic.assembly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.nhs.screeningplanner.clinic.Position;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.Location;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.domain.Session;
import uk.nhs.screeningplanner.clinic.domain.Staff;
import uk.nhs.screeningplanner.planning.Booking;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.PartOfDay;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;

/**
 * Builds the plain-Java planning problem from reference data and saved sessions. Positions of
 * sessions outside the window from {@code frozenBefore} to {@code frozenAfter} (the past; or, when
 * replanning after an absence, the days outside its weeks) are pinned, as are those a person pinned
 * and those of spare sessions (the solver does not staff a session nobody is invited to). Inside
 * the window every position may change, but changing a published one costs (issue #12), so a replan
 * moves people only where that saves slots.
 */
public final class ProblemBuilder {

  private static final Set<Skill> CLINIC_SKILLS =
      EnumSet.of(
          Skill.MAMMOGRAPHER,
          Skill.ASSISTANT_PRACTITIONER,
          Skill.ASSESSOR,
          Skill.BREAST_CARE_NURSE);

  private ProblemBuilder() {}

  public static Location location(Site site) {
    if (site == null) {
      return null;
    }
    return new Location(
        site.getId() == null ? System.identityHashCode(site) : site.getId(),
        site.getName(),
        site.getLatitude() == null ? 0 : site.getLatitude().doubleValue(),
        site.getLongitude() == null ? 0 : site.getLongitude().doubleValue());
  }

  /**
   * The people who can work in clinics, with their leave, their half-days taken by other plans in
   * force (published bookings: reading in the published roster), their wishes, and clinic sessions
   * a week (the contract less job-planned reading).
   */
  public static List<Staff> staff(
      ServiceData data, LocalDate start, LocalDate end, List<Booking> otherPlans) {
    return staff(data, start, end, 0, otherPlans);
  }

  static List<Staff> staff(
      ServiceData data, LocalDate start, LocalDate end, long idOffset, List<Booking> otherPlans) {
    Map<StaffMember, List<Availability>> byStaff =
        data.availability().stream().collect(Collectors.groupingBy(Availability::getStaff));
    Map<Long, List<Booking>> booked =
        otherPlans.stream()
            .filter(Booking::published)
            .collect(Collectors.groupingBy(Booking::staffId));
    List<Staff> staff = new ArrayList<>();
    long fallbackId = idOffset + 1;
    for (StaffMember m : data.staff()) {
      if (!m.isActive() || m.getSkills().stream().noneMatch(CLINIC_SKILLS::contains)) {
        continue;
      }
      long id = m.getId() == null ? fallbackId++ : m.getId();
      List<Availability> rows = byStaff.getOrDefault(m, List.of());
      Map<Long, String> unavailable = new HashMap<>();
      for (Booking b : booked.getOrDefault(id, List.of())) {
        unavailable.put(b.halfDay(), b.reason());
      }
      unavailable.putAll(reasons(rows, start, end));
      staff.add(
          new Staff(
              id,
              m.getName(),
              m.getSkills(),
              location(m.getBaseSite()),
              m.clinicSessionsPerWeek(),
              m.getMaxVanDaysPerWeek(),
              unavailable,
              halfDays(rows, AvailabilityKind.UNDESIRED, start, end),
              halfDays(rows, AvailabilityKind.DESIRED, start, end),
              Map.of()));
    }
    return staff;
  }

  /** Half-days of leave or other unavailability, with the reason given (or "unavailable"). */
  static Map<Long, String> reasons(List<Availability> rows, LocalDate start, LocalDate end) {
    Map<Long, String> reasons = new HashMap<>();
    for (Availability a : rows) {
      if (a.getKind() == AvailabilityKind.UNAVAILABLE) {
        String why =
            a.getReason() == null || a.getReason().isBlank() ? "unavailable" : a.getReason();
        for (long halfDay : halfDays(List.of(a), AvailabilityKind.UNAVAILABLE, start, end)) {
          reasons.put(halfDay, why);
        }
      }
    }
    return reasons;
  }

  static Set<Long> halfDays(
      List<Availability> rows, AvailabilityKind kind, LocalDate start, LocalDate end) {
    Set<Long> halfDays = new HashSet<>();
    for (Availability a : rows) {
      if (a.getKind() != kind) {
        continue;
      }
      LocalDate from = a.getStartDate().isBefore(start) ? start : a.getStartDate();
      LocalDate to = a.getEndDate().isAfter(end) ? end : a.getEndDate();
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        if (a.getPartOfDay() != PartOfDay.PM) {
          halfDays.add(d.toEpochDay() * 2);
        }
        if (a.getPartOfDay() != PartOfDay.AM) {
          halfDays.add(d.toEpochDay() * 2 + 1);
        }
      }
    }
    return halfDays;
  }

  public static ClinicSchedule build(
      List<Session> sessions,
      List<AssignmentRow> rows,
      List<Staff> people,
      LocalDate frozenBefore,
      LocalDate frozenAfter) {
    Map<Long, Session> sessionById =
        sessions.stream().collect(Collectors.toMap(Session::id, Function.identity()));
    List<Staff> staff = withPublishedSessions(people, rows, sessionById);
    Map<Long, Staff> staffById = new LinkedHashMap<>();
    staff.forEach(s -> staffById.put(s.id(), s));
    Map<Position, List<Staff>> eligible = new LinkedHashMap<>();
    for (Position p : Position.values()) {
      eligible.put(p, staff.stream().filter(s -> p.accepts(s.skills())).toList());
    }
    List<PositionAssignment> assignments = new ArrayList<>();
    for (AssignmentRow row : rows) {
      Session session = sessionById.get(row.sessionId());
      PositionAssignment a =
          new PositionAssignment(
              row.id(),
              session,
              row.position(),
              eligible.get(row.position()),
              row.staffId() == null ? null : staffById.get(row.staffId()));
      boolean outside =
          session.date().isBefore(frozenBefore)
              || (frozenAfter != null && session.date().isAfter(frozenAfter));
      a.setPinned(row.pinned() || outside || !session.required());
      if (row.published()) {
        a.setPublished(
            row.publishedStaffId() == null ? null : staffById.get(row.publishedStaffId()));
      }
      assignments.add(a);
    }
    return new ClinicSchedule(sessions, staff, assignments);
  }

  /** Each person with the session the published plan had them in, per half-day. */
  private static List<Staff> withPublishedSessions(
      List<Staff> people, List<AssignmentRow> rows, Map<Long, Session> sessions) {
    Map<Long, Map<Long, Long>> published = new HashMap<>();
    for (AssignmentRow row : rows) {
      if (row.published() && row.publishedStaffId() != null) {
        Session s = sessions.get(row.sessionId());
        published
            .computeIfAbsent(row.publishedStaffId(), k -> new HashMap<>())
            .put(s.halfDay(), s.id());
      }
    }
    if (published.isEmpty()) {
      return people;
    }
    return people.stream()
        .map(
            p ->
                new Staff(
                    p.id(),
                    p.name(),
                    p.skills(),
                    p.base(),
                    p.contractedSessionsPerWeek(),
                    p.maxVanDaysPerWeek(),
                    p.unavailable(),
                    p.undesired(),
                    p.desired(),
                    published.getOrDefault(p.id(), Map.of())))
        .toList();
  }

  /** A fresh problem straight from planned sessions (no database), e.g. for the benchmark. */
  public static ClinicSchedule fromPlanned(
      ServiceData data,
      List<PlannedSession> planned,
      LocalDate start,
      LocalDate end,
      long idOffset) {
    List<Session> sessions = new ArrayList<>();
    List<AssignmentRow> rows = new ArrayList<>();
    long id = idOffset + 1;
    for (PlannedSession p : planned) {
      Session s = toSession(id++, p);
      sessions.add(s);
      for (Position position : p.positions()) {
        rows.add(new AssignmentRow(id++, s.id(), position, null, false, false, null));
      }
    }
    return build(sessions, rows, staff(data, start, end, idOffset, List.of()), start, null);
  }

  public static Session toSession(long id, PlannedSession p) {
    return new Session(
        id,
        p.date(),
        p.morning(),
        p.kind(),
        p.unitName(),
        p.van(),
        location(p.site()),
        p.startMinute(),
        p.endMinute(),
        p.slots(),
        p.busy(),
        p.required());
  }
}
