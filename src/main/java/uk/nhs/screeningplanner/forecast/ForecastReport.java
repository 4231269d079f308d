package uk.nhs.screeningplanner.forecast;

import java.util.List;
import uk.nhs.screeningplanner.forecast.data.ForecastData;
import uk.nhs.screeningplanner.forecast.model.Forecast;

/**
 * What the dashboard shows: the baseline forecast, the scenario's beside it (null when none), the
 * plain-English summary, and the inputs it was computed from.
 */
public record ForecastReport(
    ForecastData data,
    Forecast baseline,
    Scenario scenario,
    Forecast scenarioForecast,
    List<String> summary) {

  /** The KPI periods shown, in months. */
  public static final List<Integer> PERIODS = List.of(3, 6, 12, 36);
}
