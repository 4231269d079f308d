package uk.nhs.screeningplanner.service.sample;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.audit.AuditAction;
import uk.nhs.screeningplanner.audit.AuditLog;
import uk.nhs.screeningplanner.service.AvailabilityRepository;
import uk.nhs.screeningplanner.service.GpPracticeRepository;
import uk.nhs.screeningplanner.service.ScreeningServiceRepository;
import uk.nhs.screeningplanner.service.ScreeningUnitRepository;
import uk.nhs.screeningplanner.service.SiteRepository;
import uk.nhs.screeningplanner.service.StaffMemberRepository;
import uk.nhs.screeningplanner.service.UnitCalendarEntryRepository;

/**
 * Saves a generated service in one transaction, with one audit entry for the whole import. The
 * generator already keeps the rules the services check one record at a time, so this writes through
 * the repositories: a record-by-record audit of hundreds of sample rows would bury the trail.
 */
@Component
class SampleDataWriter {

  private final ScreeningServiceRepository services;
  private final SiteRepository sites;
  private final ScreeningUnitRepository units;
  private final UnitCalendarEntryRepository calendar;
  private final GpPracticeRepository practices;
  private final StaffMemberRepository staff;
  private final AvailabilityRepository availability;
  private final AuditLog audit;

  SampleDataWriter(
      ScreeningServiceRepository services,
      SiteRepository sites,
      ScreeningUnitRepository units,
      UnitCalendarEntryRepository calendar,
      GpPracticeRepository practices,
      StaffMemberRepository staff,
      AvailabilityRepository availability,
      AuditLog audit) {
    this.services = services;
    this.sites = sites;
    this.units = units;
    this.calendar = calendar;
    this.practices = practices;
    this.staff = staff;
    this.availability = availability;
    this.audit = audit;
  }

  /** Saves the sample unless a service already exists; true when it saved. */
  @Transactional
  public boolean saveIfEmpty(SampleService sample) {
    if (services.count() > 0) {
      return false;
    }
    services.save(sample.service());
    sites.saveAll(sample.sites());
    units.saveAll(sample.units());
    calendar.saveAll(sample.calendar());
    practices.saveAll(sample.practices());
    staff.saveAll(sample.staff());
    availability.saveAll(sample.availability());
    audit.record(
        AuditAction.IMPORT,
        "screening service",
        sample.service().getId(),
        "Loaded the sample service " + sample.summary());
    return true;
  }
}
