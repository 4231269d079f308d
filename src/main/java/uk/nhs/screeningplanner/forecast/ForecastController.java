package uk.nhs.screeningplanner.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.screeningplanner.forecast.model.Forecast;
import uk.nhs.screeningplanner.forecast.model.Kpis;
import uk.nhs.screeningplanner.forecast.model.Quintiles;

/**
 * The baseline forecast as JSON for scripts: {@code GET /api/forecast} (HTTP Basic, any signed-in
 * role, like the page). KPIs for 3, 6, 12 and 36 months, the same by IMD quintile, the relief
 * table, the summary and the weekly series. A KPI with nothing to measure (no woman due) is null.
 */
@RestController
@RequestMapping("/api/forecast")
class ForecastController {

  private final ForecastService forecasts;

  ForecastController(ForecastService forecasts) {
    this.forecasts = forecasts;
  }

  /** One period's KPIs, service-wide and by quintile. */
  record Period(
      int months, Map<String, Double> kpis, Map<String, Map<String, Double>> byQuintile) {}

  record Body(
      String service,
      LocalDate start,
      LocalDate end,
      List<String> summary,
      List<Period> periods,
      List<Forecast.Relief> relief,
      List<Forecast.Week> weeks) {}

  @GetMapping
  Body forecast() {
    ForecastReport r = forecasts.report(null);
    Forecast f = r.baseline();
    List<Period> periods = new ArrayList<>();
    for (int months : ForecastReport.PERIODS) {
      Map<String, Map<String, Double>> byQuintile = new LinkedHashMap<>();
      for (int q = 0; q < Quintiles.COUNT; q++) {
        byQuintile.put(q == 0 ? "not recorded" : String.valueOf(q), json(f.kpis(months, q)));
      }
      periods.add(new Period(months, json(f.kpis(months)), byQuintile));
    }
    return new Body(
        r.data().serviceName(),
        f.start(),
        f.start().plusDays(f.days() - 1L),
        r.summary(),
        periods,
        f.relief(3, 12),
        f.weeks());
  }

  static Map<String, Double> json(Kpis k) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("pctInvitedWithinRound", finite(k.pctInvitedWithinRound()));
    m.put("womenOverdue", finite(k.womenOverdue()));
    m.put("readingBacklog", finite(k.readingBacklog()));
    m.put("peakReadingBacklog", finite(k.peakReadingBacklog()));
    m.put("oldestReadingAgeDays", (double) k.oldestReadingAge());
    m.put("pctResultsWithinStandard", finite(k.pctResultsWithin()));
    m.put("assessmentWaiting", finite(k.assessmentWaiting()));
    m.put("pctAssessmentWithinStandard", finite(k.pctAssessmentWithin()));
    m.put("screeningLoad", finite(k.screeningLoad()));
    m.put("readingLoad", finite(k.readingLoad()));
    m.put("assessmentLoad", finite(k.assessmentLoad()));
    return m;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
