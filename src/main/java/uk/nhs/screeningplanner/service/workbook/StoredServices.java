package uk.nhs.screeningplanner.service.workbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.nhs.screeningplanner.service.AvailabilityRepository;
import uk.nhs.screeningplanner.service.DemandOverrideRepository;
import uk.nhs.screeningplanner.service.GpPracticeRepository;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ScreeningServiceRepository;
import uk.nhs.screeningplanner.service.ScreeningUnitRepository;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteRepository;
import uk.nhs.screeningplanner.service.StaffMemberRepository;
import uk.nhs.screeningplanner.service.UnitCalendarEntryRepository;

/** Loads a service's reference data from the database, all of it, for export or comparison. */
@Component
class StoredServices {

  private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  final ScreeningServiceRepository services;
  final SiteRepository sites;
  final ScreeningUnitRepository units;
  final UnitCalendarEntryRepository calendar;
  final GpPracticeRepository practices;
  final StaffMemberRepository staff;
  final AvailabilityRepository availability;
  final DemandOverrideRepository demand;

  StoredServices(
      ScreeningServiceRepository services,
      SiteRepository sites,
      ScreeningUnitRepository units,
      UnitCalendarEntryRepository calendar,
      GpPracticeRepository practices,
      StaffMemberRepository staff,
      AvailabilityRepository availability,
      DemandOverrideRepository demand) {
    this.services = services;
    this.sites = sites;
    this.units = units;
    this.calendar = calendar;
    this.practices = practices;
    this.staff = staff;
    this.availability = availability;
    this.demand = demand;
  }

  /** Every service, oldest first. Call inside a transaction. */
  List<StoredService> all() {
    return services.findAll(org.springframework.data.domain.Sort.by("id")).stream()
        .map(this::load)
        .toList();
  }

  Optional<StoredService> find(String code) {
    return services.findByCode(code).map(this::load);
  }

  StoredService load(ScreeningService service) {
    StoredService stored = new StoredService(service);
    stored.add(SettingsSheet.SHEET, service);
    List<Site> serviceSites = sites.findByServiceOrderByCode(service);
    stored.addAll(SitesSheet.SHEET, serviceSites);
    for (Site site : serviceSites) {
      site.getBlackouts().forEach(b -> stored.add(BlackoutsSheet.SHEET, SiteBlackout.of(site, b)));
    }
    stored.addAll(UnitsSheet.SHEET, units.findByServiceOrderByCode(service));
    stored.addAll(
        PracticesSheet.SHEET,
        practices.findAll(
            (root, query, cb) -> cb.equal(root.<ScreeningService>get("service"), service),
            org.springframework.data.domain.Sort.by("odsCode")));
    stored.addAll(StaffSheet.SHEET, staff.findByServiceOrderByName(service));
    stored.addAll(CalendarSheet.SHEET, calendar.findByService(service));
    stored.addAll(
        AvailabilitySheet.SHEET, availability.findForServiceBetween(service, FIRST_DAY, LAST_DAY));
    stored.addAll(DemandSheet.SHEET, demand.findByServiceOrderByWeekStart(service));
    return stored;
  }
}
