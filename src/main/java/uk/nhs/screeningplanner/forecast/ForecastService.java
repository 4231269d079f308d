package uk.nhs.screeningplanner.forecast;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.audit.AuditAction;
import uk.nhs.screeningplanner.audit.AuditLog;
import uk.nhs.screeningplanner.forecast.data.ForecastAssembler;
import uk.nhs.screeningplanner.forecast.data.ForecastData;
import uk.nhs.screeningplanner.forecast.data.SavedScenario;
import uk.nhs.screeningplanner.forecast.data.SavedScenarioRepository;
import uk.nhs.screeningplanner.forecast.model.Batch;
import uk.nhs.screeningplanner.forecast.model.Forecast;
import uk.nhs.screeningplanner.forecast.model.Kpis;
import uk.nhs.screeningplanner.forecast.model.PathwayRates;
import uk.nhs.screeningplanner.forecast.model.Quintiles;
import uk.nhs.screeningplanner.forecast.model.ScreeningInput;
import uk.nhs.screeningplanner.forecast.model.ScreeningOutcome;
import uk.nhs.screeningplanner.forecast.model.ScreeningSimulation;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.shared.ValidationException;

/**
 * The backlog forecast (issue #14): reads the baseline from the database on every call, runs the
 * day-by-day simulation for 36 months, and applies what-if scenarios to a copy of the inputs (never
 * to a plan). Read-only: every role may use it.
 */
@Service
public class ForecastService {

  /** The forecast's horizon: one round (domain.md §1.5). */
  public static final int HORIZON_MONTHS = 36;

  /** The extra reader the summary sentence tries: 8 sessions a week (a full-time job plan). */
  static final int SUMMARY_READER_SESSIONS = 8;

  private static final NumberFormat WHOLE = NumberFormat.getIntegerInstance(Locale.UK);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final ForecastAssembler assembler;
  private final SavedScenarioRepository saved;
  private final ServiceSettingsService services;
  private final Clock clock;
  private final AuditLog audit;

  ForecastService(
      ForecastAssembler assembler,
      SavedScenarioRepository saved,
      ServiceSettingsService services,
      Clock clock,
      AuditLog audit) {
    this.audit = audit;
    this.assembler = assembler;
    this.saved = saved;
    this.services = services;
    this.clock = clock;
  }

  /** A saved scenario as listed: who saved it and when. */
  public record SavedScenarioView(long id, String author, Instant savedAt, Scenario scenario) {}

  /** The current service's saved scenarios, by name; every role sees them all. */
  @Transactional(readOnly = true)
  public List<SavedScenarioView> savedScenarios() {
    return saved.findByServiceIdOrderByNameAscIdAsc(services.current().getId()).stream()
        .map(s -> new SavedScenarioView(s.getId(), s.getAuthor(), s.getCreatedAt(), s.scenario()))
        .toList();
  }

  /**
   * Saves a scenario under the signed-in user's name (the one thing an executive may change: their
   * own scenarios). Refused with the reasons when a value is impossible; nothing else is touched.
   */
  @Transactional
  public SavedScenarioView saveScenario(Scenario scenario) {
    scenario.check();
    String author = AuditLog.currentUsername();
    if (author == null || author.isBlank()) {
      throw new ValidationException("Sign in to save a scenario");
    }
    SavedScenario row =
        saved.save(
            new SavedScenario(services.current().getId(), scenario, author, clock.instant()));
    return new SavedScenarioView(row.getId(), row.getAuthor(), row.getCreatedAt(), row.scenario());
  }

  /** Deletes a saved scenario: only its author (or an administrator) may. */
  @Transactional
  public void deleteScenario(long id) {
    SavedScenario row =
        saved
            .findById(id)
            .orElseThrow(() -> new ValidationException("That scenario no longer exists"));
    String user = AuditLog.currentUsername();
    boolean admin =
        SecurityContextHolder.getContext().getAuthentication() != null
            && SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
    if (!admin && !row.getAuthor().equals(user)) {
      throw new AccessDeniedException(
          "Only " + row.getAuthor() + ", who saved it, may delete this scenario");
    }
    saved.delete(row);
    audit.record(
        AuditAction.DELETE, "Forecast scenario", id, "Deleted scenario '" + row.getName() + "'");
  }

  /** The baseline inputs as they are in the database now. */
  public ForecastData data() {
    return assembler.load(HORIZON_MONTHS);
  }

  /** Baseline, scenario (when given and not empty) and the summary, from the data as it is now. */
  public ForecastReport report(Scenario scenario) {
    if (scenario != null) {
      scenario.check();
    }
    ForecastData data = data();
    if (scenario != null && scenario.unitOutId() != null) {
      boolean known = data.units().stream().anyMatch(u -> u.id() == scenario.unitOutId());
      if (!known) {
        throw new ValidationException("Unit out of service: no active unit has that id");
      }
    }
    Forecast baseline = run(data, Scenario.none());
    Forecast changed = scenario == null || scenario.changesNothing() ? null : run(data, scenario);
    Forecast extraReader = run(data, Scenario.oneMoreReader(SUMMARY_READER_SESSIONS));
    return new ForecastReport(
        data, baseline, scenario, changed, summary(data, baseline, extraReader));
  }

  /** Runs the simulation on a copy of the inputs with the scenario's changes. */
  public static Forecast run(ForecastData data, Scenario scenario) {
    int days = data.days();
    double[][] unitSlots = new double[data.unitSlots().length][];
    for (int u = 0; u < unitSlots.length; u++) {
      unitSlots[u] = data.unitSlots()[u].clone();
    }
    double[] pool = data.extraPoolSlots().clone();
    int out = -1;
    if (scenario.unitOutId() != null) {
      for (int u = 0; u < data.units().size(); u++) {
        if (data.units().get(u).id() == scenario.unitOutId()) {
          out = u;
        }
      }
    }
    double[] reads = data.readsCapacity().clone();
    double perReaderDay =
        scenario.readers() * scenario.sessionsPerReader() / 5.0 * data.readsPerSession();
    double evening = scenario.eveningSessions() / 5.0 * data.eveningSlots();
    for (int d = 0; d < days; d++) {
      LocalDate day = data.start().plusDays(d);
      boolean unitOut =
          out >= 0 && !day.isBefore(scenario.outFrom()) && !day.isAfter(scenario.outTo());
      if (unitOut) {
        unitSlots[out][d] = 0;
      }
      if (data.workingDay()[d] > 0) {
        if (d >= data.poolFrom()) {
          for (int u = 0; u < unitSlots.length; u++) {
            pool[d] += u == out && unitOut ? 0 : data.unitStandard()[u];
          }
        }
        pool[d] += evening;
        reads[d] = Math.max(0, reads[d] + perReaderDay);
      }
    }
    PathwayRates base = data.rates();
    PathwayRates rates =
        scenario.aiFrom() == null
            ? base
            : new PathwayRates(
                base.arbitrationRate(),
                Math.max(0, data.dayOf(scenario.aiFrom())),
                base.aiAgreement(),
                base.technicalRecallRate(),
                base.rescreenDays(),
                base.recallRate(),
                base.resultsWithinDays(),
                base.assessmentWithinDays());
    ScreeningInput input =
        new ScreeningInput(
            days,
            data.batches(),
            unitSlots,
            pool,
            data.poolFrom(),
            data.roundDays(),
            data.earlyDays());
    double[] assessment = assessmentCapacity(data);
    return Forecast.run(data.start(), input, reads, assessment, rates);
  }

  /**
   * Assessment appointments a day: each week, enough whole clinics for the recalls of the women the
   * baseline screens the week before (as the clinic planner sizes them, domain.md §4, §9), spread
   * over the week's working days. Scenarios keep the baseline's clinics, so more screening shows as
   * an assessment queue.
   */
  static double[] assessmentCapacity(ForecastData data) {
    int days = data.days();
    double[][] unitSlots = data.unitSlots();
    double[] pool = data.extraPoolSlots().clone();
    for (int d = data.poolFrom(); d < days; d++) {
      if (data.workingDay()[d] > 0) {
        for (double standard : data.unitStandard()) {
          pool[d] += standard;
        }
      }
    }
    ScreeningOutcome screens =
        ScreeningSimulation.run(
            new ScreeningInput(
                days,
                data.batches(),
                unitSlots,
                pool,
                data.poolFrom(),
                data.roundDays(),
                data.earlyDays()));
    double[] capacity = new double[days];
    double perClinic = Math.max(1, data.assessmentSlotsPerClinic());
    int firstMonday = (8 - data.start().getDayOfWeek().getValue()) % 7;
    for (int w = firstMonday - 7; w < days; w += 7) {
      double screened = 0;
      int from = w - 7 < 0 ? Math.max(0, w) : w - 7;
      int to = w - 7 < 0 ? Math.min(days, w + 7) : w;
      for (int d = from; d < to; d++) {
        screened += Quintiles.sum(screens.screens()[d]);
      }
      double clinics = Math.ceil(screened * data.rates().recallRate() / perClinic - 1e-9);
      List<Integer> working = new ArrayList<>();
      for (int d = Math.max(0, w); d < Math.min(days, w + 7); d++) {
        if (data.workingDay()[d] > 0) {
          working.add(d);
        }
      }
      for (int d : working) {
        capacity[d] = clinics * perClinic / working.size();
      }
    }
    return capacity;
  }

  /** The plain-English lines at the top of the dashboard. */
  static List<String> summary(ForecastData data, Forecast baseline, Forecast extraReader) {
    List<String> lines = new ArrayList<>();
    Kpis year = baseline.kpis(12);
    if (!Double.isNaN(year.pctInvitedWithinRound())) {
      lines.add(
          String.format(
              Locale.UK,
              "Over the next 12 months %.1f%% of women falling due will be invited within %s"
                  + " (acceptable %.0f%%, achievable %.0f%%); %s women will be overdue at the end.",
              year.pctInvitedWithinRound(),
              "36 months",
              data.roundAcceptablePct(),
              data.roundAchievablePct(),
              WHOLE.format(Math.round(year.womenOverdue()))));
    }
    int quarter = baseline.daysIn(3);
    double readsPerCase = baseline.rates().humanReadsPerCase(0);
    double demand = 0;
    double capacity = 0;
    for (int d = 0; d < quarter; d++) {
      demand += baseline.pathway().readsDemand()[d];
      capacity += baseline.pathway().readsCapacity()[d];
    }
    double growthCasesAWeek = (demand - capacity) / readsPerCase / quarter * 7;
    if (growthCasesAWeek >= 1) {
      String clears = clearedBy(baseline, extraReader);
      lines.add(
          "At current capacity the reading backlog grows by about "
              + WHOLE.format(Math.round(growthCasesAWeek))
              + " cases a week over the next 3 months; "
              + clears);
    } else {
      Kpis q = baseline.kpis(3);
      lines.add(
          "Reading capacity covers the screens over the next 3 months: "
              + pct(q.pctResultsWithin())
              + " of results within "
              + baseline.rates().resultsWithinDays()
              + " days, at most "
              + WHOLE.format(Math.round(q.peakReadingBacklog()))
              + " cases waiting on a day.");
    }
    lines.add(
        "Assessment: "
            + pct(year.pctAssessmentWithin())
            + " of recalled women offered an appointment within "
            + baseline.rates().assessmentWithinDays()
            + " days of screening over the next 12 months.");
    return lines;
  }

  /**
   * When one more reader at 8 sessions a week would clear the backlog: the first day from which
   * every case waiting is younger than the results standard for the rest of the horizon.
   */
  private static String clearedBy(Forecast baseline, Forecast extraReader) {
    int limit = baseline.rates().resultsWithinDays();
    int[] ages = extraReader.pathway().oldestReadingAge();
    int from = -1;
    for (int d = ages.length - 1; d >= 0; d--) {
      if (ages[d] > limit) {
        break;
      }
      from = d;
    }
    if (from < 0) {
      return "one more reader at "
          + SUMMARY_READER_SESSIONS
          + " reading sessions a week would not be enough to clear it within 3 years.";
    }
    int breached = -1;
    for (int d = 0; d < baseline.days(); d++) {
      if (baseline.pathway().oldestReadingAge()[d] > limit) {
        breached = d;
        break;
      }
    }
    if (breached < 0 || from == 0) {
      return "one more reader at "
          + SUMMARY_READER_SESSIONS
          + " reading sessions a week would keep every result within "
          + limit
          + " days.";
    }
    return "one more reader at "
        + SUMMARY_READER_SESSIONS
        + " reading sessions a week would clear it by "
        + DATE.format(baseline.start().plusDays(from))
        + ".";
  }

  static String pct(double value) {
    return Double.isNaN(value) ? "no one due" : String.format(Locale.UK, "%.1f%%", value);
  }

  /** Women in the batches whose practices have no recorded IMD quintile (for the equity panel). */
  static double unknownQuintileWomen(ForecastData data) {
    return data.batches().stream().filter(b -> b.quintile() == 0).mapToDouble(Batch::women).sum();
  }
}
