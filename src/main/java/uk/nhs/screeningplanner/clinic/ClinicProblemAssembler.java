package uk.nhs.screeningplanner.clinic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.clinic.assembly.AssignmentRow;
import uk.nhs.screeningplanner.clinic.assembly.ProblemBuilder;
import uk.nhs.screeningplanner.clinic.assembly.ServiceData;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.Location;
import uk.nhs.screeningplanner.clinic.domain.Session;
import uk.nhs.screeningplanner.clinic.persistence.ClinicAssignment;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlan;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlanStore;
import uk.nhs.screeningplanner.clinic.persistence.ClinicSession;
import uk.nhs.screeningplanner.planning.Booking;
import uk.nhs.screeningplanner.planning.StaffBookings;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.PracticeService;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteService;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.StaffService;
import uk.nhs.screeningplanner.service.UnitCalendarService;

/**
 * Reads everything a clinic plan needs in one read-only transaction and builds the plain-Java
 * planning problem from it (style.md habit 3).
 */
@Component
class ClinicProblemAssembler {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final ServiceSettingsService settings;
  private final SiteService sites;
  private final UnitCalendarService calendar;
  private final PracticeService practices;
  private final StaffService staff;
  private final ClinicPlanStore store;
  private final StaffBookings bookings;

  ClinicProblemAssembler(
      ServiceSettingsService settings,
      SiteService sites,
      UnitCalendarService calendar,
      PracticeService practices,
      StaffService staff,
      ClinicPlanStore store,
      StaffBookings bookings) {
    this.bookings = bookings;
    this.settings = settings;
    this.sites = sites;
    this.calendar = calendar;
    this.practices = practices;
    this.staff = staff;
    this.store = store;
  }

  @Transactional(readOnly = true)
  public ServiceData serviceData() {
    List<StaffMember> members = staff.allStaff();
    List<Availability> availability = new ArrayList<>();
    members.forEach(m -> availability.addAll(staff.availabilityOf(m)));
    return new ServiceData(
        settings.current(),
        sites.allSites(),
        calendar.entries(),
        practices.practices(null, Pageable.unpaged()).getContent(),
        members,
        availability);
  }

  /** Half-days other plans (the reader roster) book, published and draft, over the horizon. */
  public List<Booking> otherPlans(ClinicPlan plan) {
    return bookings.otherThan(
        ClinicBookings.PLAN, plan.getServiceId(), plan.getHorizonStart(), plan.getHorizonEnd());
  }

  /**
   * The saved plan as a planning problem; sessions before {@code frozenBefore} or after {@code
   * frozenAfter} (when not null) are pinned. Half-days the published reader roster books are
   * unavailable.
   */
  @Transactional(readOnly = true)
  public ClinicSchedule problem(long planId, LocalDate frozenBefore, LocalDate frozenAfter) {
    ClinicPlan plan = store.plan(planId);
    ServiceData data = serviceData();
    Map<Long, Site> siteById =
        data.sites().stream().collect(Collectors.toMap(Site::getId, Function.identity()));
    List<Session> sessions =
        store.sessions(planId).stream().map(s -> session(s, siteById.get(s.getSiteId()))).toList();
    List<AssignmentRow> rows =
        store.assignments(planId).stream().map(ClinicProblemAssembler::row).toList();
    return ProblemBuilder.build(
        sessions,
        rows,
        ProblemBuilder.staff(data, plan.getHorizonStart(), plan.getHorizonEnd(), otherPlans(plan)),
        frozenBefore,
        frozenAfter);
  }

  static Session session(ClinicSession s, Site site) {
    Location location = ProblemBuilder.location(site);
    return new Session(
        s.getId(),
        s.getSessionDate(),
        s.isMorning(),
        s.getKind(),
        s.getUnitName(),
        s.isVan(),
        location,
        s.getStartMinute(),
        s.getEndMinute(),
        s.getSlots(),
        s.isBusy(),
        s.isRequired());
  }

  static AssignmentRow row(ClinicAssignment a) {
    return new AssignmentRow(
        a.getId(),
        a.getSessionId(),
        a.getPosition(),
        a.getStaffId(),
        a.isPinned(),
        a.isPublished(),
        a.getPublishedStaffId());
  }
}
