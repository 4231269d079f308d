package uk.nhs.screeningplanner.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.screeningplanner.clinic.assembly.ServiceData;
import uk.nhs.screeningplanner.clinic.assembly.SessionPlanner;
import uk.nhs.screeningplanner.roster.data.ReaderInputs;
import uk.nhs.screeningplanner.roster.domain.OpeningBacklog;
import uk.nhs.screeningplanner.roster.domain.ReaderInput;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.RosterProblem;
import uk.nhs.screeningplanner.roster.domain.RosterSettings;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.sample.SampleService;
import uk.nhs.screeningplanner.service.sample.SampleServiceGenerator;
import uk.nhs.screeningplanner.service.sample.SampleSpec;

/**
 * Roster problems built from the deterministic sample generator — the same data as
 * sample-data/sample-service.xlsx and sample-data/consortium.xlsx (SampleWorkbookMatchesLoaderTest
 * checks the generator and the files agree). Screens per day are those the unit calendar's needed
 * sessions screen, as the app forecasts them before a clinic plan is published. The consortium
 * pools the readers of its 7 services and adds up their screens.
 */
public final class SampleRosters {

  /** The anchor the sample workbooks were generated with; the horizon starts the next Monday. */
  public static final LocalDate ANCHOR = LocalDate.of(2026, 11, 23);

  public static final LocalDate START = ANCHOR.plusWeeks(1);

  private SampleRosters() {}

  public static ReaderRoster standard(int weeks) {
    return build(
        List.of(new SampleServiceGenerator().generate(SampleSpec.standard(), ANCHOR)), weeks);
  }

  public static ReaderRoster consortium(int weeks) {
    SampleServiceGenerator generator = new SampleServiceGenerator();
    List<SampleService> services = new ArrayList<>();
    for (SampleSpec spec : SampleSpec.consortium()) {
      services.add(generator.generate(spec, ANCHOR));
    }
    return build(services, weeks);
  }

  /**
   * The sample service with its screens multiplied by {@code factor} (an overloaded service when
   * the factor is 2 or more: the same readers, more cases).
   */
  public static ReaderRoster scaled(int weeks, double factor) {
    return build(
        List.of(new SampleServiceGenerator().generate(SampleSpec.standard(), ANCHOR)),
        weeks,
        factor,
        Integer.MAX_VALUE);
  }

  /**
   * A small overloaded service: the sample's first {@code readers} readers (by staff order) with
   * {@code factor} × the sample's screens.
   */
  public static ReaderRoster small(int weeks, int readers, double factor) {
    return build(
        List.of(new SampleServiceGenerator().generate(SampleSpec.standard(), ANCHOR)),
        weeks,
        factor,
        readers);
  }

  static ReaderRoster build(List<SampleService> services, int weeks) {
    return build(services, weeks, 1.0, Integer.MAX_VALUE);
  }

  static ReaderRoster build(
      List<SampleService> services, int weeks, double factor, int maxReaders) {
    Map<StaffMember, Long> ids = new IdentityHashMap<>();
    List<ReaderInput> readers = new ArrayList<>();
    Map<LocalDate, Integer> screens = new HashMap<>();
    LocalDate end = START.plusWeeks(weeks);
    for (SampleService s : services) {
      s.staff().forEach(m -> ids.put(m, (long) ids.size() + 1));
      readers.addAll(ReaderInputs.of(s.staff(), s.availability(), java.util.List.of(), ids::get));
      ServiceData data =
          new ServiceData(
              s.service(), s.sites(), s.calendar(), s.practices(), s.staff(), s.availability());
      new SessionPlanner(data)
          .neededScreensPerDay(START, end.minusDays(1))
          .forEach((d, n) -> screens.merge(d, (int) Math.round(n * factor), Integer::sum));
    }
    if (readers.size() > maxReaders) {
      readers = new ArrayList<>(readers.subList(0, maxReaders));
    }
    // as the app does: the last working day's screens before the horizon are waiting (Friday)
    LocalDate friday = START.minusDays(3);
    double waiting = 0;
    for (SampleService s : services) {
      ServiceData data =
          new ServiceData(
              s.service(), s.sites(), s.calendar(), s.practices(), s.staff(), s.availability());
      for (int n : new SessionPlanner(data).neededScreensPerDay(friday, friday).values()) {
        waiting += Math.round(n * factor);
      }
    }
    OpeningBacklog opening =
        new OpeningBacklog(
            waiting > 0
                ? List.of(
                    new OpeningBacklog.Cohort(1, OpeningBacklog.Stage.FIRST_READ, 0, 0, waiting))
                : List.of(),
            "the screens of Friday " + friday);
    return RosterProblem.build(
        START, weeks, settings(services.get(0).service()), readers, screens, opening);
  }

  static RosterSettings settings(ScreeningService s) {
    return new RosterSettings(
        s.getAmSessionMinutes(),
        s.getPmSessionMinutes(),
        false,
        120,
        1.0,
        s.getArbitrationRate().doubleValue(),
        10,
        s.getMinReadsPerYear(),
        s.getMinFirstReadsPerYear());
  }
}
