package uk.nhs.screeningplanner.clinic;

import java.time.DayOfWeek;
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
import uk.nhs.screeningplanner.clinic.assembly.SessionPlanner;
import uk.nhs.screeningplanner.clinic.assembly.VisitDemand;
import uk.nhs.screeningplanner.clinic.persistence.ClinicAssignment;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlan;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlanStore;
import uk.nhs.screeningplanner.clinic.persistence.ClinicSession;
import uk.nhs.screeningplanner.planning.Booking;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;

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
    List<ClinicSession> rows = store.sessions(planId);
    Map<Long, Boolean> required = new HashMap<>();
    rows.forEach(s -> required.put(s.getId(), s.isRequired()));
    Map<Long, List<PositionView>> positions = new HashMap<>();
    for (ClinicAssignment a : store.assignments(planId)) {
      positions
          .computeIfAbsent(a.getSessionId(), k -> new ArrayList<>())
          .add(view(a, required.getOrDefault(a.getSessionId(), true), staffNames));
    }
    List<SessionView> sessions = new ArrayList<>();
    for (ClinicSession s : rows) {
      sessions.add(view(s, siteNames, positions.getOrDefault(s.getId(), List.of())));
    }
    return sessions;
  }

  /** The sessions as the published plan has them. */
  List<SessionView> published(List<SessionView> sessions) {
    return sessions.stream().map(SessionView::asPublished).toList();
  }

  /**
   * Sentences for each half-day a draft of another plan books someone this plan also books: not a
   * block (only plans in force block), but the two drafts cannot both be published as they are.
   */
  List<String> clashes(List<SessionView> sessions, List<Booking> otherPlans) {
    Map<String, Booking> drafts = new HashMap<>();
    for (Booking b : otherPlans) {
      if (!b.published()) {
        drafts.putIfAbsent(b.staffId() + "|" + b.halfDay(), b);
      }
    }
    List<String> clashes = new ArrayList<>();
    for (SessionView s : sessions) {
      long halfDay = s.date().toEpochDay() * 2 + (s.morning() ? 0 : 1);
      for (PositionView p : s.positions()) {
        Booking other = p.staffId() == null ? null : drafts.get(p.staffId() + "|" + halfDay);
        if (other != null) {
          clashes.add(
              String.format(
                  "%s, %s %s: %s on %s here, and %s.",
                  p.staffName(),
                  PlanWords.day(s.date()),
                  s.half(),
                  p.position().label().toLowerCase(java.util.Locale.ROOT),
                  s.rowLabel(),
                  other.reason()));
        }
      }
    }
    return clashes;
  }

  static PositionView view(ClinicAssignment a, boolean sessionRequired, Map<Long, String> names) {
    return new PositionView(
        a.getId(),
        a.getVersion(),
        a.getPosition(),
        sessionRequired && a.getPosition().required(),
        a.getStaffId(),
        a.getStaffId() == null ? null : names.get(a.getStaffId()),
        a.isPinned(),
        a.isPublished(),
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
        s.isRequired(),
        positions.stream().sorted(java.util.Comparator.comparing(PositionView::position)).toList());
  }

  private static String time(int minute) {
    return LocalTime.of(minute / 60 % 24, minute % 60).format(ClinicProblemAssembler.TIME);
  }

  /**
   * Capacity against demand per week of the plan (see {@link WeekCapacity}). Demand is each visit's
   * expected screens spread over its sessions ({@link VisitDemand}), so it follows the practices
   * the unit calendar screens, week by week.
   */
  @Transactional(readOnly = true)
  public List<WeekCapacity> capacity(ClinicPlan plan, List<SessionView> sessions) {
    ServiceData data = assembler.serviceData();
    ScreeningService settings = data.service();
    double recallRate = BookingAdvice.recallRate(settings, data.practices());
    Map<LocalDate, double[]> weeks = new TreeMap<>();
    for (LocalDate w = plan.getHorizonStart();
        !w.isAfter(plan.getHorizonEnd());
        w = w.plusWeeks(1)) {
      weeks.put(w, new double[6]);
    }
    VisitDemand demand = new SessionPlanner(data).demand();
    for (UnitCalendarEntry entry : data.calendar()) {
      VisitDemand.Visit visit = demand.visit(entry);
      if (visit != null) {
        for (LocalDate day : visit.days()) {
          double[] sums = weeks.get(day.with(DayOfWeek.MONDAY));
          if (sums != null) {
            sums[3] += 2 * visit.screensPerSession();
          }
        }
      }
    }
    for (SessionView s : sessions) {
      double[] sums = weeks.computeIfAbsent(s.date().with(DayOfWeek.MONDAY), k -> new double[6]);
      if (s.kind() == SessionKind.SCREENING) {
        sums[0] += s.slots();
        sums[1] += s.required() ? s.slots() : 0;
        sums[2] += s.runs() ? s.slots() : 0;
      } else {
        sums[4] += s.runs() ? s.slots() : 0;
      }
    }
    return weeks.entrySet().stream()
        .map(
            e -> {
              double[] w = e.getValue();
              return new WeekCapacity(
                  e.getKey(),
                  (int) w[0],
                  (int) w[1],
                  (int) w[2],
                  (int) Math.round(w[3]),
                  (int) Math.ceil(Math.min(w[2], w[3]) * recallRate),
                  (int) w[4]);
            })
        .toList();
  }
}
