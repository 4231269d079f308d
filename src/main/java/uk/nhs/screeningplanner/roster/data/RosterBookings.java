package uk.nhs.screeningplanner.roster.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.planning.Booking;
import uk.nhs.screeningplanner.planning.BookingSource;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.SessionPart;

/**
 * The half-days the reader roster books (issue #12): every published reading session, and every
 * draft reading session on a half-day the published roster left free. Evening sessions come after
 * the clinics' afternoon, so they book no clinic half-day.
 */
@Component
public class RosterBookings implements BookingSource {

  public static final String PLAN = "reader roster";

  private final RosterPlanRepository plans;
  private final RosterShiftRepository shifts;

  RosterBookings(RosterPlanRepository plans, RosterShiftRepository shifts) {
    this.plans = plans;
    this.shifts = shifts;
  }

  @Override
  public String plan() {
    return PLAN;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Booking> bookings(long serviceId, LocalDate from, LocalDate to) {
    RosterPlan plan = plans.findFirstByServiceIdOrderByIdDesc(serviceId).orElse(null);
    if (plan == null) {
      return List.of();
    }
    List<Booking> bookings = new ArrayList<>();
    for (RosterShiftRow row : shifts.findByPlanId(plan.getId())) {
      if (row.getPart() == SessionPart.EVENING
          || row.getDate().isBefore(from)
          || row.getDate().isAfter(to)) {
        continue;
      }
      boolean morning = row.getPart() == SessionPart.AM;
      ReadingRole published = row.isPublished() ? row.getPublishedRole() : null;
      if (published != null) {
        bookings.add(booking(row, morning, published, true));
      }
      if (row.getRole() != null && published == null) {
        bookings.add(booking(row, morning, row.getRole(), false));
      }
    }
    return bookings;
  }

  private static Booking booking(
      RosterShiftRow row, boolean morning, ReadingRole role, boolean published) {
    return new Booking(
        row.getStaffId(),
        row.getDate(),
        morning,
        PLAN,
        role == ReadingRole.ARBITRATION ? "arbitrating" : "reading",
        published);
  }
}
