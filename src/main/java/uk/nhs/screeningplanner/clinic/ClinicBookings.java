package uk.nhs.screeningplanner.clinic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.clinic.persistence.ClinicAssignment;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlan;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlanStore;
import uk.nhs.screeningplanner.clinic.persistence.ClinicSession;
import uk.nhs.screeningplanner.planning.Booking;
import uk.nhs.screeningplanner.planning.BookingSource;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteService;

/**
 * The half-days the clinic schedule books (issue #12): each published position's holder, and each
 * draft position's holder where the draft differs from the published plan.
 */
@Component
class ClinicBookings implements BookingSource {

  static final String PLAN = "clinic schedule";

  private final ClinicPlanStore store;
  private final SiteService sites;

  ClinicBookings(ClinicPlanStore store, SiteService sites) {
    this.store = store;
    this.sites = sites;
  }

  @Override
  public String plan() {
    return PLAN;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Booking> bookings(long serviceId, LocalDate from, LocalDate to) {
    ClinicPlan plan = store.current(serviceId).orElse(null);
    if (plan == null) {
      return List.of();
    }
    Map<Long, String> siteNames =
        sites.allSites().stream().collect(Collectors.toMap(Site::getId, Site::getName));
    Map<Long, ClinicSession> sessions =
        store.sessions(plan.getId()).stream()
            .filter(s -> !s.getSessionDate().isBefore(from) && !s.getSessionDate().isAfter(to))
            .collect(Collectors.toMap(ClinicSession::getId, Function.identity()));
    List<Booking> bookings = new ArrayList<>();
    for (ClinicAssignment a : store.assignments(plan.getId())) {
      ClinicSession s = sessions.get(a.getSessionId());
      if (s == null) {
        continue;
      }
      String what = what(s, a, siteNames);
      if (a.isPublished() && a.getPublishedStaffId() != null) {
        bookings.add(booking(a.getPublishedStaffId(), s, what, true));
      }
      boolean draftDiffers = !a.isPublished() || a.changedFromPublished();
      if (a.getStaffId() != null && draftDiffers) {
        bookings.add(booking(a.getStaffId(), s, what, false));
      }
    }
    return bookings;
  }

  private static String what(ClinicSession s, ClinicAssignment a, Map<Long, String> siteNames) {
    String site = siteNames.getOrDefault(s.getSiteId(), "?");
    String unit = s.getKind() == SessionKind.ASSESSMENT ? "assessment clinic" : s.getUnitName();
    return a.getPosition().label().toLowerCase(java.util.Locale.ROOT)
        + " on "
        + unit
        + " at "
        + site;
  }

  private static Booking booking(long staffId, ClinicSession s, String what, boolean published) {
    return new Booking(staffId, s.getSessionDate(), s.isMorning(), PLAN, what, published);
  }
}
