package uk.nhs.screeningplanner.service.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;

/**
 * Builds a realistic fictional screening service from a {@link SampleSpec}, as unsaved entities.
 * Pure: no Spring, no database, no clock. The same spec and anchor give the same service, because
 * every random choice comes from the spec's seed.
 */
public final class SampleServiceGenerator {

  /** The Monday of the week containing {@code day}: the anchor of a generated service. */
  public static LocalDate weekStart(LocalDate day) {
    return day.minusDays(day.getDayOfWeek().getValue() - 1L);
  }

  /**
   * @param anchor a Monday; the unit calendar runs for a year from it, and leave for the spec's
   *     number of weeks
   */
  public SampleService generate(SampleSpec spec, LocalDate anchor) {
    if (anchor.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("The anchor must be a Monday, not " + anchor);
    }
    // One random stream per part, so a change to how staff are made leaves practices unchanged.
    Random seeds = new Random(spec.seed());
    ScreeningService service = new ScreeningService(spec.code(), spec.name());
    service.setHostTrust(spec.hostTrust());
    Geography geography =
        new Geography(spec.area(), townCount(spec.estate()), new Random(seeds.nextLong()));
    Premises premises = premises(spec, service, geography, anchor, new Random(seeds.nextLong()));
    List<GpPractice> practices =
        new PracticeGenerator(service, geography, new Random(seeds.nextLong()))
            .generate(spec, premises.sites(), anchor);
    seeds.nextLong(); // the calendar's stream until visits were sized to demand; kept so the
    // staff and leave streams (and so people's names) stay as they were
    List<UnitCalendarEntry> calendar =
        new CalendarGenerator(service, anchor)
            .generate(premises.vans(), premises.rooms(), practices);
    List<StaffMember> staff =
        new StaffGenerator(service, new Random(seeds.nextLong()))
            .generate(spec.workforce(), premises.staticSites(), anchor);
    List<Availability> availability =
        new AvailabilityGenerator(new Random(seeds.nextLong()), anchor, spec.leave())
            .generate(staff);
    return new SampleService(
        service, premises.sites(), premises.units(), calendar, practices, staff, availability);
  }

  /** The sites and units of a service. */
  private record Premises(
      List<Site> staticSites,
      List<Site> pitches,
      List<ScreeningUnit> vans,
      List<ScreeningUnit> rooms) {

    List<Site> sites() {
      List<Site> all = new ArrayList<>(staticSites);
      all.addAll(pitches);
      return all;
    }

    List<ScreeningUnit> units() {
      List<ScreeningUnit> all = new ArrayList<>(vans);
      all.addAll(rooms);
      return all;
    }
  }

  /** Fewer towns than sites, so a few larger towns hold two sites. */
  private static int townCount(SampleSpec.Estate estate) {
    return (int) Math.ceil((estate.staticSites() + estate.mobilePitches()) * 0.75);
  }

  private static Premises premises(
      SampleSpec spec,
      ScreeningService service,
      Geography geography,
      LocalDate anchor,
      Random random) {
    SampleSpec.Estate estate = spec.estate();
    SiteGenerator sites = new SiteGenerator(service, geography);
    List<Site> staticSites = sites.staticSites(estate);
    List<Site> pitches =
        sites.pitches(
            estate.mobilePitches(),
            spec.area().coastal(),
            estate.staticSites(),
            anchor,
            anchor.plusYears(1).minusDays(1));
    UnitGenerator units = new UnitGenerator(service, random);
    return new Premises(
        staticSites,
        pitches,
        units.vans(estate.vans(), spec.area().postcodeArea()),
        units.rooms(staticSites));
  }
}
