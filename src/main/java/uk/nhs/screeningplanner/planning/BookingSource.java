package uk.nhs.screeningplanner.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * A planner that books people's half-days. Each planning module registers one as a Spring bean;
 * {@link StaffBookings} collects them, so a planner can see every other plan's bookings without
 * depending on the other planner's module.
 */
public interface BookingSource {

  /** The plan's name as users read it, e.g. "clinic schedule"; unique among sources. */
  String plan();

  /**
   * Every half-day the service's current plan books from {@code from} to {@code to} inclusive:
   * published bookings (the plan in force) and, where the draft differs, draft bookings.
   */
  List<Booking> bookings(long serviceId, LocalDate from, LocalDate to);
}
