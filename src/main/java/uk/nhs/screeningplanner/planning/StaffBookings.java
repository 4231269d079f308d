package uk.nhs.screeningplanner.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Every plan's bookings of people's half-days (issue #12: nobody in two places). The clinic
 * schedule asks for the roster's, the roster for the clinic schedule's, and the staff page shows
 * them all for one person.
 */
@Service
public class StaffBookings {

  private final List<BookingSource> sources;

  StaffBookings(List<BookingSource> sources) {
    this.sources = List.copyOf(sources);
  }

  /** All plans' bookings, by date, half-day and person. */
  public List<Booking> all(long serviceId, LocalDate from, LocalDate to) {
    return collect(serviceId, from, to, null);
  }

  /** The bookings of every plan but {@code plan} (the asking planner's own). */
  public List<Booking> otherThan(String plan, long serviceId, LocalDate from, LocalDate to) {
    return collect(serviceId, from, to, plan);
  }

  private List<Booking> collect(long serviceId, LocalDate from, LocalDate to, String except) {
    List<Booking> bookings = new ArrayList<>();
    for (BookingSource source : sources) {
      if (!source.plan().equals(except)) {
        bookings.addAll(source.bookings(serviceId, from, to));
      }
    }
    bookings.sort(
        Comparator.comparing(Booking::date)
            .thenComparing(b -> !b.morning())
            .thenComparingLong(Booking::staffId)
            .thenComparing(Booking::plan));
    return bookings;
  }
}
