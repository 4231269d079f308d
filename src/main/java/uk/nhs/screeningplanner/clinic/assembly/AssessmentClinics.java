package uk.nhs.screeningplanner.clinic.assembly;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.nhs.screeningplanner.clinic.SessionKind;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteKind;

/**
 * Assessment clinics at assessment-capable static sites (domain.md §4, §9 "Assessment demand").
 * Women screened in week w are recalled at the cohort-mix recall rate and assessed in week w + 1,
 * well inside the 21 days; the first week of the horizon takes the recalls of the week before,
 * assumed equal to its own. Each clinic has floor(session minutes / assessment slot minutes) slots;
 * clinics are spread over the week's half-days and sites, at most one per room at a time.
 */
final class AssessmentClinics {

  private final ServiceData data;
  private final ScreeningService settings;

  AssessmentClinics(ServiceData data) {
    this.data = data;
    this.settings = data.service();
  }

  List<PlannedSession> plan(List<PlannedSession> screening, LocalDate start, LocalDate end) {
    List<Site> sites =
        data.sites().stream()
            .filter(s -> s.isActive() && s.isAssessmentCapable() && s.getKind() == SiteKind.STATIC)
            .toList();
    if (sites.isEmpty()) {
      return List.of();
    }
    Map<LocalDate, Integer> screensByWeek = new TreeMap<>();
    for (PlannedSession s : screening) {
      if (!s.required()) {
        continue; // spare sessions screen nobody, so recall nobody
      }
      screensByWeek.merge(s.date().with(DayOfWeek.MONDAY), s.slots(), Integer::sum);
    }
    double recallRate = BookingAdvice.recallRate(settings, data.practices());
    List<PlannedSession> clinics = new ArrayList<>();
    for (LocalDate week = start; !week.isAfter(end); week = week.plusWeeks(1)) {
      int screens = screensByWeek.getOrDefault(week.minusWeeks(1), 0);
      if (week.equals(start)) {
        screens = screensByWeek.getOrDefault(week, 0);
      }
      int recalls = (int) Math.ceil(screens * recallRate);
      clinics.addAll(week(week, recalls, sites));
    }
    return clinics;
  }

  /** Enough clinics for the recalls, placed round the week's open half-days and sites. */
  private List<PlannedSession> week(LocalDate monday, int recalls, List<Site> sites) {
    List<PlannedSession> clinics = new ArrayList<>();
    int remaining = recalls;
    for (int round = 0; remaining > 0 && round < maxRooms(sites); round++) {
      for (int day = 0; day < 5 && remaining > 0; day++) {
        for (int half = 0; half < 2 && remaining > 0; half++) {
          for (Site site : sites) {
            LocalDate date = monday.plusDays(day);
            if (remaining > 0
                && round < Math.max(1, site.getRooms())
                && SessionPlanner.open(site, date)) {
              PlannedSession clinic = clinic(site, date, half == 0);
              clinics.add(clinic);
              remaining -= clinic.slots();
            }
          }
        }
      }
    }
    return clinics;
  }

  private static int maxRooms(List<Site> sites) {
    return sites.stream().mapToInt(s -> Math.max(1, s.getRooms())).max().orElse(1);
  }

  private PlannedSession clinic(Site site, LocalDate date, boolean morning) {
    int start = Times.start(settings, morning);
    int minutes = Times.minutes(settings, morning);
    int slots = Math.max(1, minutes / settings.getAssessmentSlotMinutes());
    return new PlannedSession(
        date,
        morning,
        SessionKind.ASSESSMENT,
        null,
        site,
        start,
        start + minutes,
        slots,
        slots,
        false,
        SessionKind.ASSESSMENT.positions(),
        true);
  }
}
