package uk.nhs.screeningplanner.roster.data;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.clinic.ClinicScheduleService;
import uk.nhs.screeningplanner.planning.Booking;
import uk.nhs.screeningplanner.planning.StaffBookings;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingDemand;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;
import uk.nhs.screeningplanner.roster.domain.RosterProblem;
import uk.nhs.screeningplanner.roster.domain.RosterSettings;
import uk.nhs.screeningplanner.service.AvailabilityRepository;
import uk.nhs.screeningplanner.service.DemandOverrideRepository;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ScreeningServiceRepository;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.StaffMemberRepository;
import uk.nhs.screeningplanner.shared.NotFoundException;

/**
 * Builds the plain-Java planning problem of a saved roster in one read-only transaction: readers
 * and their leave and wishes, screens per day, and each shift's saved role, pin and published role.
 * Shifts before {@code frozenBefore} (the past, or the days before a replan) are pinned.
 */
@Component
public class RosterAssembler {

  private final RosterPlanRepository plans;
  private final RosterShiftRepository shifts;
  private final ScreeningServiceRepository services;
  private final StaffMemberRepository staff;
  private final AvailabilityRepository availability;
  private final DemandOverrideRepository overrides;
  private final ClinicScheduleService clinic;
  private final StaffBookings bookings;

  RosterAssembler(
      RosterPlanRepository plans,
      RosterShiftRepository shifts,
      ScreeningServiceRepository services,
      StaffMemberRepository staff,
      AvailabilityRepository availability,
      DemandOverrideRepository overrides,
      ClinicScheduleService clinic,
      StaffBookings bookings) {
    this.clinic = clinic;
    this.bookings = bookings;
    this.plans = plans;
    this.shifts = shifts;
    this.services = services;
    this.staff = staff;
    this.availability = availability;
    this.overrides = overrides;
  }

  @Transactional(readOnly = true)
  public AssembledRoster load(long planId, LocalDate frozenBefore) {
    RosterPlan plan =
        plans.findById(planId).orElseThrow(() -> new NotFoundException("That roster is gone."));
    ScreeningService service =
        services
            .findById(plan.getServiceId())
            .orElseThrow(() -> new NotFoundException("The roster's service is gone."));
    LocalDate start = plan.getHorizonStart();
    LocalDate end = start.plusWeeks(plan.getWeeks());
    List<StaffMember> team = staff.findByServiceOrderByName(service);
    List<Booking> otherPlans =
        bookings.otherThan(RosterBookings.PLAN, service.getId(), start, end.minusDays(1));
    ReaderRoster roster =
        RosterProblem.build(
            start,
            plan.getWeeks(),
            settings(service, plan),
            ReaderInputs.of(
                team,
                availability.findForServiceBetween(service, start, end),
                otherPlans,
                StaffMember::getId),
            screensPerDay(service, start, end),
            OpeningBacklogs.dayBefore(start, (from, to) -> screensPerDay(service, from, to)));
    Map<Long, String> blocked = new HashMap<>();
    Map<Long, String> clashes = new HashMap<>();
    notes(roster, otherPlans, blocked, clashes);
    return new AssembledRoster(
        plan, roster, applyRows(plan, roster, frozenBefore), blocked, clashes);
  }

  /** For each shift another plan books: the reason, published (blocks) or draft (a warning). */
  private static void notes(
      ReaderRoster roster,
      List<Booking> otherPlans,
      Map<Long, String> blocked,
      Map<Long, String> clashes) {
    Map<String, Booking> byKey = new HashMap<>();
    for (Booking b : otherPlans) {
      String k = key(b.staffId(), b.date(), b.morning() ? "AM" : "PM") + b.published();
      byKey.putIfAbsent(k, b);
    }
    for (ReadingShift shift : roster.getShifts()) {
      String k = key(shift.getReader().getId(), shift.getDate(), shift.getPart().name());
      Booking published = byKey.get(k + true);
      Booking draft = byKey.get(k + false);
      if (published != null) {
        blocked.put(shift.getId(), published.reason());
      }
      if (draft != null) {
        clashes.put(shift.getId(), draft.reason());
      }
    }
  }

  /**
   * Screens per day: the published clinic schedule where it covers the day (slots of sessions that
   * are staffed to run), otherwise the forecast from the unit calendar and the Demand sheet.
   */
  Map<LocalDate, Integer> screensPerDay(ScreeningService service, LocalDate start, LocalDate end) {
    Map<LocalDate, Integer> screens =
        new HashMap<>(
            ScreensForecast.screensPerDay(
                clinic.neededScreensPerDay(start, end.minusDays(1)),
                overrides.findByServiceOrderByWeekStart(service),
                start,
                end));
    screens.putAll(clinic.plannedScreensPerDay(service.getId(), start, end.minusDays(1)));
    return screens;
  }

  private Map<Long, RosterShiftRow> applyRows(
      RosterPlan plan, ReaderRoster roster, LocalDate frozenBefore) {
    Map<String, RosterShiftRow> byKey = new HashMap<>();
    for (RosterShiftRow row : shifts.findByPlanId(plan.getId())) {
      byKey.put(key(row.getStaffId(), row.getDate(), row.getPart().name()), row);
    }
    Map<Long, RosterShiftRow> byShift = new HashMap<>();
    for (ReadingShift shift : roster.getShifts()) {
      RosterShiftRow row =
          byKey.get(key(shift.getReader().getId(), shift.getDate(), shift.getPart().name()));
      boolean frozen = frozenBefore != null && shift.getDate().isBefore(frozenBefore);
      if (row != null) {
        byShift.put(shift.getId(), row);
        shift.setRole(row.getRole());
        if (row.isPublished()) {
          shift.setPublished(row.getPublishedRole());
        }
      }
      shift.setPinned(frozen || (row != null && row.isPinned()));
    }
    return byShift;
  }

  static String key(long staffId, LocalDate date, String part) {
    return staffId + "|" + date + "|" + part;
  }

  static RosterSettings settings(ScreeningService s, RosterPlan plan) {
    return new RosterSettings(
        s.getAmSessionMinutes(),
        s.getPmSessionMinutes(),
        plan.isEveningSessions(),
        120,
        ReadingDemand.secondReadShare(s.isAiSecondReader(), s.getAiAgreementRate().doubleValue()),
        s.getArbitrationRate().doubleValue(),
        plan.getReadingTargetDays(),
        s.getMinReadsPerYear(),
        s.getMinFirstReadsPerYear());
  }
}
