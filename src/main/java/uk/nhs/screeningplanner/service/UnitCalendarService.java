package uk.nhs.screeningplanner.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.shared.ValidationException;

/** The unit calendar: where each van or room screens over which dates. */
@Service
public class UnitCalendarService {

  private final ServiceSettingsService services;
  private final UnitCalendarEntryRepository entries;
  private final RecordWriter writer;
  private final java.time.Clock clock;

  UnitCalendarService(
      ServiceSettingsService services,
      UnitCalendarEntryRepository entries,
      RecordWriter writer,
      java.time.Clock clock) {
    this.clock = clock;
    this.services = services;
    this.entries = entries;
    this.writer = writer;
  }

  @Transactional(readOnly = true)
  public List<UnitCalendarEntry> entries() {
    return entries.findByService(services.current());
  }

  /** One calendar entry as last saved, e.g. to reload it after someone else changed it. */
  @Transactional(readOnly = true)
  public UnitCalendarEntry get(Long id) {
    return RecordWriter.existing(entries, id, "unit calendar entry");
  }

  public UnitCalendarEntry newEntry(ScreeningUnit unit, Site site) {
    LocalDate today = LocalDate.now(clock);
    return new UnitCalendarEntry(unit, site, today, today.plusWeeks(4));
  }

  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @Transactional
  public UnitCalendarEntry save(UnitCalendarEntry entry) {
    writer.validate(entry);
    List<String> problems = new ArrayList<>();
    if (entry.getEndDate().isBefore(entry.getStartDate())) {
      problems.add("End date: must be on or after the start date");
    }
    if (entry.getUnit().getKind() == UnitKind.STATIC_ROOM
        && entry.getUnit().getStaticSite() != null
        && !entry.getUnit().getStaticSite().equals(entry.getSite())) {
      problems.add(
          "Site: a static room screens only at its own site, " + entry.getUnit().getStaticSite());
    }
    for (BlackoutPeriod blackout : entry.getSite().getBlackouts()) {
      if (entry.overlaps(blackout.startDate(), blackout.endDate())) {
        problems.add(
            "Dates: "
                + entry.getSite()
                + " is blacked out "
                + blackout.startDate()
                + " to "
                + blackout.endDate()
                + (blackout.reason() == null ? "" : " (" + blackout.reason() + ")"));
      }
    }
    for (UnitCalendarEntry other : entries.findByUnitOrderByStartDate(entry.getUnit())) {
      if (!other.equals(entry) && other.overlaps(entry.getStartDate(), entry.getEndDate())) {
        problems.add(
            "Dates: "
                + entry.getUnit()
                + " is already at "
                + other.getSite()
                + " from "
                + other.getStartDate()
                + " to "
                + other.getEndDate());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return writer.save(entry, entries, "unit calendar entry", UnitCalendarService::describe);
  }

  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @Transactional
  public void delete(UnitCalendarEntry entry) {
    writer.delete(
        entry.getId(),
        entry.getVersion(),
        entries,
        "unit calendar entry",
        UnitCalendarService::describe);
  }

  static String describe(UnitCalendarEntry e) {
    return e.getUnit().getCode()
        + " at "
        + e.getSite().getCode()
        + " "
        + e.getStartDate()
        + " to "
        + e.getEndDate();
  }
}
