package uk.nhs.screeningplanner.service.sample;

import java.util.List;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;

/**
 * A generated service as unsaved entities, in the order they can be saved: each list refers only to
 * entities in the lists before it.
 */
public record SampleService(
    ScreeningService service,
    List<Site> sites,
    List<ScreeningUnit> units,
    List<UnitCalendarEntry> calendar,
    List<GpPractice> practices,
    List<StaffMember> staff,
    List<Availability> availability) {

  public SampleService {
    sites = List.copyOf(sites);
    units = List.copyOf(units);
    calendar = List.copyOf(calendar);
    practices = List.copyOf(practices);
    staff = List.copyOf(staff);
    availability = List.copyOf(availability);
  }

  public int totalEligible() {
    return practices.stream().mapToInt(GpPractice::getEligibleTotal).sum();
  }

  /**
   * One line for the log and the audit trail, e.g. "120 GP practices (100,000 eligible women)…".
   */
  public String summary() {
    return String.format(
        "%s: %d GP practices (%,d eligible women), %d sites, %d screening units,"
            + " %d unit calendar entries, %d staff, %d availability rows",
        service.getCode(),
        practices.size(),
        totalEligible(),
        sites.size(),
        units.size(),
        calendar.size(),
        staff.size(),
        availability.size());
  }
}
