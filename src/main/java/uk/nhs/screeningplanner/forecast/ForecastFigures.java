package uk.nhs.screeningplanner.forecast;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import uk.nhs.screeningplanner.forecast.model.Kpis;

/**
 * How the forecast's KPIs are named, formatted and judged against the NHS thresholds (domain.md
 * §5), shared by the dashboard and its tests so both show the same text.
 */
public final class ForecastFigures {

  private static final NumberFormat WHOLE = NumberFormat.getIntegerInstance(Locale.UK);

  private ForecastFigures() {}

  /** How a KPI is shown. */
  public enum Kind {
    PERCENT,
    COUNT,
    DAYS,
    LOAD
  }

  /**
   * One KPI row: its label, id suffix, value and kind; percentages with an acceptable and an
   * achievable level (null for figures without a standard).
   */
  public record Row(
      String id,
      String label,
      Kind kind,
      ToDoubleFunction<Kpis> value,
      Double acceptable,
      Double achievable,
      boolean lowerIsBetter) {

    public String format(Kpis k) {
      return ForecastFigures.format(value.applyAsDouble(k), kind);
    }

    /** "achievable", "acceptable", "below" or "" when there is no standard or no value. */
    public String status(Kpis k) {
      double v = value.applyAsDouble(k);
      if (acceptable == null || Double.isNaN(v)) {
        return "";
      }
      if (v >= achievable - 1e-9) {
        return "achievable";
      }
      return v >= acceptable - 1e-9 ? "acceptable" : "below";
    }
  }

  /**
   * The rows of the KPI tiles and tables. Round length: acceptable and achievable from the settings
   * (§1.5: 90%, 99%); results within 14 days and assessment within 21 days: 90% and 100% ([B] in
   * domain.md §5, the levels commonly cited).
   */
  public static List<Row> rows(double roundAcceptable, double roundAchievable) {
    return List.of(
        new Row(
            "invited",
            "Women due invited within 36 months",
            Kind.PERCENT,
            Kpis::pctInvitedWithinRound,
            roundAcceptable,
            roundAchievable,
            false),
        new Row(
            "overdue",
            "Women overdue (at the end)",
            Kind.COUNT,
            Kpis::womenOverdue,
            null,
            null,
            true),
        new Row(
            "backlog",
            "Cases waiting to be read (at the end)",
            Kind.COUNT,
            Kpis::readingBacklog,
            null,
            null,
            true),
        new Row(
            "peak",
            "Most cases waiting to be read on a day",
            Kind.COUNT,
            Kpis::peakReadingBacklog,
            null,
            null,
            true),
        new Row(
            "oldest",
            "Oldest case waiting to be read",
            Kind.DAYS,
            Kpis::oldestReadingAge,
            null,
            null,
            true),
        new Row(
            "results",
            "Results within 14 days",
            Kind.PERCENT,
            Kpis::pctResultsWithin,
            90.0,
            100.0,
            false),
        new Row(
            "assessment-waiting",
            "Women waiting for assessment (at the end)",
            Kind.COUNT,
            Kpis::assessmentWaiting,
            null,
            null,
            true),
        new Row(
            "assessment",
            "Assessment offered within 21 days",
            Kind.PERCENT,
            Kpis::pctAssessmentWithin,
            90.0,
            100.0,
            false),
        new Row(
            "screening-load",
            "Screening load (women to screen ÷ slots)",
            Kind.LOAD,
            Kpis::screeningLoad,
            null,
            null,
            true),
        new Row(
            "reading-load",
            "Reading load (reads needed ÷ reading capacity)",
            Kind.LOAD,
            Kpis::readingLoad,
            null,
            null,
            true),
        new Row(
            "assessment-load",
            "Assessment load (recalls ÷ appointments)",
            Kind.LOAD,
            Kpis::assessmentLoad,
            null,
            null,
            true));
  }

  public static String format(double v, Kind kind) {
    if (Double.isNaN(v)) {
      return "none due";
    }
    if (Double.isInfinite(v)) {
      return "no capacity";
    }
    return switch (kind) {
      case PERCENT -> String.format(Locale.UK, "%.1f%%", v);
      case COUNT -> WHOLE.format(Math.round(v));
      case DAYS -> WHOLE.format(Math.round(v)) + (Math.round(v) == 1 ? " day" : " days");
      case LOAD -> String.format(Locale.UK, "%.2f", v);
    };
  }

  /** A signed difference, scenario less baseline, in the row's units ("+1.5 points", "−120"). */
  public static String difference(double scenario, double baseline, Kind kind) {
    if (Double.isNaN(scenario)
        || Double.isNaN(baseline)
        || Double.isInfinite(scenario)
        || Double.isInfinite(baseline)) {
      return "";
    }
    double d = scenario - baseline;
    String size =
        switch (kind) {
          case PERCENT -> String.format(Locale.UK, "%.1f", Math.abs(d));
          case COUNT, DAYS -> WHOLE.format(Math.round(Math.abs(d)));
          case LOAD -> String.format(Locale.UK, "%.2f", Math.abs(d));
        };
    // the sign follows the value as shown, so a tiny change reads "0.0", never "−0.0"
    boolean zero = size.matches("[0.]+");
    String sign = zero ? "" : d > 0 ? "+" : "−";
    return switch (kind) {
      case PERCENT -> sign + size + " points";
      case COUNT -> sign + size;
      case DAYS -> sign + size + (size.equals("1") ? " day" : " days");
      case LOAD -> sign + size;
    };
  }

  public static String whole(double v) {
    return WHOLE.format(Math.round(v));
  }
}
