package uk.nhs.screeningplanner.clinic.assembly;

import java.util.List;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;

/** The reference data a clinic plan is built from, read in one transaction or from a generator. */
public record ServiceData(
    ScreeningService service,
    List<Site> sites,
    List<UnitCalendarEntry> calendar,
    List<GpPractice> practices,
    List<StaffMember> staff,
    List<Availability> availability) {}
