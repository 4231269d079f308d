package uk.nhs.screeningplanner.clinic.assembly;

import uk.nhs.screeningplanner.service.ScreeningService;

/** Session start and length from the service's settings (domain.md §2.2), in minutes. */
final class Times {

  private Times() {}

  static int start(ScreeningService s, boolean morning) {
    var time = morning ? s.getAmSessionStart() : s.getPmSessionStart();
    return time.getHour() * 60 + time.getMinute();
  }

  static int minutes(ScreeningService s, boolean morning) {
    return morning ? s.getAmSessionMinutes() : s.getPmSessionMinutes();
  }
}
