package uk.nhs.screeningplanner.service.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.nhs.screeningplanner.service.BlackoutPeriod;

/** Checks a site's blackout periods before they are sent to the service. */
final class BlackoutPeriods {

  private BlackoutPeriods() {}

  /**
   * The first thing wrong with the list, if any. Two periods may not start on the same day: the
   * database keys a site's blackouts by start date.
   */
  static Optional<String> problem(List<BlackoutPeriod> periods) {
    Set<Object> starts = new HashSet<>();
    for (int i = 0; i < periods.size(); i++) {
      BlackoutPeriod period = periods.get(i);
      String which = "Period " + (i + 1);
      if (period.startDate() == null || period.endDate() == null) {
        return Optional.of(which + " needs a start and an end date");
      }
      if (period.endDate().isBefore(period.startDate())) {
        return Optional.of(which + " ends before it starts");
      }
      if (!starts.add(period.startDate())) {
        return Optional.of(which + " starts on the same day as another period; merge them");
      }
      if (period.reason() != null && period.reason().length() > 200) {
        return Optional.of(which + ": keep the reason under 200 characters");
      }
    }
    return Optional.empty();
  }
}
