package uk.nhs.screeningplanner.clinic.assembly;

import java.util.Collection;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.ScreeningService;

/**
 * How many women to invite to a session (domain.md §2.4, §9 "Bookings to offer"): invitations =
 * ceil(slots / expected attendance), where expected attendance is the uptake of each cohort
 * weighted by the practices' eligible women, and never more than slots × the booking cap.
 */
public final class BookingAdvice {

  private BookingAdvice() {}

  /**
   * Expected attendance for the cohort mix of these practices; the service's first-call uptake if
   * none.
   */
  public static double expectedAttendance(ScreeningService s, Collection<GpPractice> practices) {
    double women = 0;
    double attend = 0;
    for (GpPractice p : practices) {
      women += p.getEligibleTotal();
      attend += p.expectedAttendances(s);
    }
    return women == 0 ? s.getUptakeFirstCall().doubleValue() : attend / women;
  }

  public static int invitations(ScreeningService s, int slots, double expectedAttendance) {
    int cap = (int) Math.floor(slots * s.getBookingCapPct().doubleValue() / 100.0);
    if (expectedAttendance <= 0) {
      return cap;
    }
    return Math.min(cap, (int) Math.ceil(slots / expectedAttendance));
  }

  /** Share of recalls expected: prevalent rate for first-call women, incident for the rest (§4). */
  public static double recallRate(ScreeningService s, Collection<GpPractice> practices) {
    double women = practices.stream().mapToDouble(GpPractice::getEligibleTotal).sum();
    double first = practices.stream().mapToDouble(GpPractice::getEligibleFirstCall).sum();
    double prevalentShare = women == 0 ? 0 : first / women;
    return prevalentShare * s.getRecallRatePrevalent().doubleValue()
        + (1 - prevalentShare) * s.getRecallRateIncident().doubleValue();
  }
}
