package uk.nhs.screeningplanner.clinic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.clinic.assembly.BookingAdvice;
import uk.nhs.screeningplanner.clinic.assembly.ServiceData;
import uk.nhs.screeningplanner.clinic.persistence.ClinicAssignment;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlan;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlanStore;
import uk.nhs.screeningplanner.clinic.persistence.ClinicSession;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.StaffMember;

/** Turns the saved plan into the views' records: sessions with names, capacity per week. */
@Component
class ClinicPlanReader {

  private final ClinicPlanStore store;
  private final ClinicProblemAssembler assembler;

  ClinicPlanReader(ClinicPlanStore store, ClinicProblemAssembler assembler) {
    this.store = store;
    this.assembler = assembler;
  }

  @Transactional(readOnly = true)
  public List<SessionView> sessions(long planId) {
    ServiceData data = assembler.serviceData();
    Map<Long, String> staffNames =
        data.staff().stream().collect(Collectors.toMap(StaffMember::getId, StaffMember::getName));
    Map<Long, String> siteNames =
        data.sites().stream().collect(Collectors.toMap(Site::getId, Site::getName));
    Map<Long, List<PositionView>> positions = new HashMap<>();
    for (ClinicAssignment a : store.assignments(planId)) {
      positions.computeIfAbsent(a.getSessionId(), k -> new ArrayList<>()).add(view(a, staffNames));
    }
    List<SessionView> sessions = new ArrayList<>();
    for (ClinicSession s : store.sessions(planId)) {
      sessions.add(view(s, siteNames, positions.getOrDefault(s.getId(), List.of())));
    }
    return sessions;
  }

  static PositionView view(ClinicAssignment a, Map<Long, String> names) {
    return new PositionView(
        a.getId(),
        a.getVersion(),
        a.getPosition(),
        a.getStaffId(),
        a.getStaffId() == null ? null : names.get(a.getStaffId()),
        a.isPinned(),
        a.getPublishedStaffId(),
        a.getPublishedStaffId() == null ? null : names.get(a.getPublishedStaffId()));
  }

  private static SessionView view(
      ClinicSession s, Map<Long, String> sites, List<PositionView> positions) {
    return new SessionView(
        s.getId(),
        s.getSessionDate(),
        s.isMorning(),
        s.getKind(),
        s.getUnitName(),
        s.isVan(),
        sites.getOrDefault(s.getSiteId(), "?"),
        time(s.getStartMinute()),
        time(s.getEndMinute()),
        s.getSlots(),
        s.getInvitations(),
        positions.stream().sorted(java.util.Comparator.comparing(PositionView::position)).toList());
  }

  private static String time(int minute) {
    return LocalTime.of(minute / 60 % 24, minute % 60).format(ClinicProblemAssembler.TIME);
  }

  /** Capacity against demand per week of the plan (see {@link WeekCapacity}). */
  @Transactional(readOnly = true)
  public List<WeekCapacity> capacity(ClinicPlan plan, List<SessionView> sessions) {
    ServiceData data = assembler.serviceData();
    ScreeningService settings = data.service();
    List<GpPractice> practices = data.practices();
    double weeksInRound = settings.getRoundLengthMonths() * 52.0 / 12.0;
    int eligible = practices.stream().mapToInt(GpPractice::getEligibleTotal).sum();
    int needed =
        (int)
            Math.round(
                eligible / weeksInRound * BookingAdvice.expectedAttendance(settings, practices));
    double recallRate = BookingAdvice.recallRate(settings, practices);
    Map<LocalDate, int[]> weeks = new TreeMap<>();
    for (LocalDate w = plan.getHorizonStart();
        !w.isAfter(plan.getHorizonEnd());
        w = w.plusWeeks(1)) {
      weeks.put(w, new int[3]);
    }
    for (SessionView s : sessions) {
      int[] sums =
          weeks.computeIfAbsent(s.date().with(java.time.DayOfWeek.MONDAY), k -> new int[3]);
      if (s.kind() == SessionKind.SCREENING) {
        sums[0] += s.slots();
        sums[1] += s.runs() ? s.slots() : 0;
      } else {
        sums[2] += s.runs() ? s.slots() : 0;
      }
    }
    return weeks.entrySet().stream()
        .map(
            e ->
                new WeekCapacity(
                    e.getKey(),
                    e.getValue()[0],
                    e.getValue()[1],
                    needed,
                    (int) Math.ceil(e.getValue()[1] * recallRate),
                    e.getValue()[2]))
        .toList();
  }
}
