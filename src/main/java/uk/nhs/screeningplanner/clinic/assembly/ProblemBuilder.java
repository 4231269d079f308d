package uk.nhs.screeningplanner.clinic.assembly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.PartOfDay;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;

/**
 * Builds the plain-Java planning problem from reference data and saved sessions. Positions of
 * sessions outside the window from {@code frozenBefore} to {@code frozenAfter} (the past; or, when
 * replanning after an absence, every day but the absence) are pinned, as well as those a person
 * pinned. In an absence replan the absent person's positions inside the window are emptied for the
 * solver to refill, and every other filled position stays pinned.
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

  /** The people who can work in clinics, with their leave and preferences over the horizon. */
  public static List<Staff> staff(ServiceData data, LocalDate start, LocalDate end) {
    return staff(data, start, end, 0);
  }

  /**
   * As {@link #staff(ServiceData, LocalDate, LocalDate)}, numbering unsaved people from the offset.
   */
  static List<Staff> staff(ServiceData data, LocalDate start, LocalDate end, long idOffset) {
    Map<StaffMember, List<Availability>> byStaff =
        data.availability().stream().collect(Collectors.groupingBy(Availability::getStaff));
    List<Staff> staff = new ArrayList<>();
    long fallbackId = idOffset + 1;
    for (StaffMember m : data.staff()) {
      if (!m.isActive() || m.getSkills().stream().noneMatch(CLINIC_SKILLS::contains)) {
        continue;
      }
      List<Availability> rows = byStaff.getOrDefault(m, List.of());
      staff.add(
          new Staff(
              m.getId() == null ? fallbackId++ : m.getId(),
              m.getName(),
              m.getSkills(),
              location(m.getBaseSite()),
              m.getContractedSessionsPerWeek(),
              m.getMaxVanDaysPerWeek(),
              halfDays(rows, AvailabilityKind.UNAVAILABLE, start, end),
              halfDays(rows, AvailabilityKind.UNDESIRED, start, end),
              halfDays(rows, AvailabilityKind.DESIRED, start, end)));
    }
    return staff;
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
      List<Staff> staff,
      LocalDate frozenBefore,
      LocalDate frozenAfter,
      Long absentStaffId) {
    Map<Long, Session> sessionById =
        sessions.stream().collect(Collectors.toMap(Session::id, Function.identity()));
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
      boolean heldByAbsent = absentStaffId != null && absentStaffId.equals(row.staffId());
      if (!outside && heldByAbsent && !row.pinned()) {
        a.setStaff(null); // the solver refills what the absent person held
      }
      // In an absence replan only the absent person's positions and empty ones may change: others
      // keep their published sessions, so the replan moves as little as it can (design.md).
      boolean keptForOthers = absentStaffId != null && !heldByAbsent && row.staffId() != null;
      a.setPinned(row.pinned() || outside || keptForOthers);
      a.setPublishedStaff(
          row.publishedStaffId() == null ? null : staffById.get(row.publishedStaffId()));
      assignments.add(a);
    }
    return new ClinicSchedule(sessions, staff, assignments);
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
        rows.add(new AssignmentRow(id++, s.id(), position, null, false, null));
      }
    }
    return build(sessions, rows, staff(data, start, end, idOffset), start, null, null);
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
        p.busy());
  }
}
