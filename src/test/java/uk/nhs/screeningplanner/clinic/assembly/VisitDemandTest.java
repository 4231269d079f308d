package uk.nhs.screeningplanner.clinic.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.screeningplanner.clinic.SessionKind;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteKind;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;
import uk.nhs.screeningplanner.service.UnitKind;
import uk.nhs.screeningplanner.service.sample.SampleService;
import uk.nhs.screeningplanner.service.sample.SampleServiceGenerator;
import uk.nhs.screeningplanner.service.sample.SampleSpec;
import uk.nhs.screeningplanner.service.workbook.SampleWorkbooks;

/**
 * Sessions follow demand (issue #12): a visit needs as many sessions as its practices' women fill,
 * spread over the visit; the rest are spare. Hand-made cases with 25-slot sessions (200 minutes at
 * 8 minutes) and every woman a previous attender at 88% uptake.
 */
class VisitDemandTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
  private final ScreeningService service = new ScreeningService("TST", "Test service");
  private final Site pitch = new Site(service, "PITCH", "Retail park", SiteKind.MOBILE_PITCH);
  private final Site other = new Site(service, "OTHER", "Leisure centre", SiteKind.MOBILE_PITCH);
  private final ScreeningUnit van =
      new ScreeningUnit(service, "VAN-1", "Van 1", UnitKind.MOBILE_VAN);

  /** A practice of {@code women} previous attenders (88% come), due on {@code due}. */
  private GpPractice practice(String code, Site home, int women, LocalDate due) {
    GpPractice p = new GpPractice(service, code, code);
    p.setEligiblePreviousAttender(women);
    p.setLastFirstOfferedDate(due.minusMonths(36));
    p.setHomeSite(home);
    return p;
  }

  private ServiceData data(List<UnitCalendarEntry> calendar, List<GpPractice> practices) {
    return new ServiceData(
        service, List.of(pitch, other), calendar, practices, List.of(), List.of());
  }

  @Test
  void aVisitNeedsTheSessionsItsPracticesWomenFillSpreadEvenlyAndTheRestAreSpare() {
    // Two weeks = 10 days = 20 sessions of 25 slots. 250 women × 0.88 = 220 screens → 9 sessions.
    UnitCalendarEntry visit = new UnitCalendarEntry(van, pitch, MONDAY, MONDAY.plusDays(11));
    var planner =
        new SessionPlanner(
            data(List.of(visit), List.of(practice("A1", pitch, 250, MONDAY.plusDays(3)))));

    VisitDemand.Visit demand = planner.demand().visit(visit);
    assertThat(demand.sessions()).isEqualTo(20);
    assertThat(demand.screens()).isCloseTo(220.0, within(1e-9));
    assertThat(demand.requiredSessions()).isEqualTo(9);
    List<PlannedSession> sessions = planner.plan(MONDAY, 4);
    List<PlannedSession> screening =
        sessions.stream().filter(s -> s.kind() == SessionKind.SCREENING).toList();
    assertThat(screening).hasSize(20);
    assertThat(screening.stream().filter(PlannedSession::required)).hasSize(9);
    assertThat(screening.stream().filter(s -> !s.required()))
        .allSatisfy(s -> assertThat(s.invitations()).isZero());
    assertThat(screening.subList(0, 10).stream().filter(PlannedSession::required).count())
        .as("spread evenly: about half in each week")
        .isBetween(4L, 5L);
  }

  @Test
  void onlyPracticesDueWithinTheEarlyInvitationWindowOrOverdueCount() {
    UnitCalendarEntry visit = new UnitCalendarEntry(van, pitch, MONDAY, MONDAY.plusDays(11));
    List<GpPractice> practices =
        List.of(
            practice("DUE", pitch, 100, MONDAY.plusDays(5)),
            practice("SOON", pitch, 100, MONDAY.plusMonths(2)),
            practice("OVERDUE", pitch, 100, MONDAY.minusMonths(4)),
            practice("LATER", pitch, 100, MONDAY.plusMonths(4)),
            practice("ELSEWHERE", other, 100, MONDAY.plusDays(5)));

    VisitDemand.Visit demand =
        new SessionPlanner(data(List.of(visit), practices)).demand().visit(visit);

    assertThat(demand.screens())
        .as("DUE, SOON (2 of the 3 months early) and OVERDUE; not LATER nor another site's")
        .isCloseTo(3 * 88.0, within(1e-9));
  }

  @Test
  void aPracticeGoesToTheVisitNearestItsDueDateAndTiedRoomsShareIt() {
    UnitCalendarEntry march = new UnitCalendarEntry(van, pitch, MONDAY, MONDAY.plusDays(4));
    UnitCalendarEntry may =
        new UnitCalendarEntry(van, pitch, MONDAY.plusWeeks(9), MONDAY.plusWeeks(9).plusDays(4));
    ScreeningUnit van2 = new ScreeningUnit(service, "VAN-2", "Van 2", UnitKind.MOBILE_VAN);
    UnitCalendarEntry mayToo =
        new UnitCalendarEntry(van2, pitch, MONDAY.plusWeeks(9), MONDAY.plusWeeks(9).plusDays(4));
    List<GpPractice> practices = List.of(practice("P1", pitch, 100, MONDAY.plusWeeks(8)));

    VisitDemand demand = new SessionPlanner(data(List.of(march, may, mayToo), practices)).demand();

    assertThat(demand.visit(march).screens()).isZero();
    assertThat(demand.visit(may).screens()).isCloseTo(44.0, within(1e-9));
    assertThat(demand.visit(mayToo).screens()).isCloseTo(44.0, within(1e-9));
  }

  @Test
  void aUnitScreensOnlyOnItsDaysOfTheWeek() {
    UnitCalendarEntry room = new UnitCalendarEntry(van, pitch, MONDAY, MONDAY.plusDays(13));
    room.setWeekdays(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));

    List<LocalDate> days = SessionPlanner.openDays(room);

    assertThat(days)
        .containsExactly(
            MONDAY.plusDays(1), MONDAY.plusDays(3), MONDAY.plusDays(8), MONDAY.plusDays(10));
  }

  @Test
  void theSampleCalendarOffersALittleMoreCapacityThanItsPracticesNeed() {
    LocalDate anchor = SampleWorkbooks.ANCHOR;
    SampleService s = new SampleServiceGenerator().generate(SampleSpec.standard(), anchor);
    ServiceData data =
        new ServiceData(
            s.service(), s.sites(), s.calendar(), s.practices(), s.staff(), s.availability());
    SessionPlanner planner = new SessionPlanner(data);
    VisitDemand demand = planner.demand();
    LocalDate start = anchor.plusWeeks(1);
    LocalDate end = start.plusWeeks(12).minusDays(1);
    double screens = 0;
    for (UnitCalendarEntry e : s.calendar()) {
      VisitDemand.Visit v = demand.visit(e);
      long inHorizon = v.days().stream().filter(d -> !d.isBefore(start) && !d.isAfter(end)).count();
      screens += 2 * inHorizon * v.screensPerSession();
    }
    List<PlannedSession> planned = planner.plan(start, 12);
    int slots = sum(planned, p -> p.kind() == SessionKind.SCREENING);
    int needed = sum(planned, p -> p.kind() == SessionKind.SCREENING && p.required());

    assertThat(slots / screens)
        .as("calendar slots %d for %.0f screens over 12 weeks", slots, screens)
        .isBetween(1.1, 1.6);
    assertThat((double) needed).isGreaterThanOrEqualTo(screens);
    assertThat(needed / screens).as("needed sessions fit the screens").isLessThan(1.15);
  }

  private static int sum(
      List<PlannedSession> sessions, java.util.function.Predicate<PlannedSession> p) {
    return sessions.stream().filter(p).mapToInt(PlannedSession::slots).sum();
  }
}
