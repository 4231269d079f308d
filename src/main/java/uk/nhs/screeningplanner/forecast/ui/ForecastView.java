package uk.nhs.screeningplanner.forecast.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import uk.nhs.screeningplanner.forecast.ForecastFigures;
import uk.nhs.screeningplanner.forecast.ForecastReport;
import uk.nhs.screeningplanner.forecast.ForecastService;
import uk.nhs.screeningplanner.forecast.Scenario;
import uk.nhs.screeningplanner.forecast.data.ForecastData;
import uk.nhs.screeningplanner.forecast.model.Forecast;
import uk.nhs.screeningplanner.forecast.model.Kpis;
import uk.nhs.screeningplanner.forecast.model.Quintiles;
import uk.nhs.screeningplanner.forecast.workbook.ForecastWorkbook;
import uk.nhs.screeningplanner.shared.Chart;
import uk.nhs.screeningplanner.shared.UserMessages;
import uk.nhs.screeningplanner.shared.ValidationException;

/**
 * The executive dashboard (issue #14): where the service is heading over the next 3, 6, 12 and 36
 * months against the NHS standards, by IMD quintile, with what-if scenarios beside the baseline.
 * Computed from the database each time the page opens, so it follows every published plan.
 */
@Route("forecast")
@PageTitle("Backlog forecast | Screening Planner")
@Menu(title = "Backlog forecast", order = 5, icon = "vaadin:chart-line")
@RolesAllowed({"SERVICE_MANAGER", "ROTA_COORDINATOR", "EXECUTIVE", "ADMIN"})
public class ForecastView extends VerticalLayout {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yy", Locale.UK);

  private final ForecastService forecasts;
  private final Div body = new Div();
  private final Div comparison = new Div();
  private final ScenarioForm form;
  private ForecastReport report;

  public ForecastView(ForecastService forecasts) {
    this.forecasts = forecasts;
    setMaxWidth("1400px");
    body.setWidthFull();
    comparison.setWidthFull();
    comparison.setId("forecast-comparison");
    form = new ScenarioForm(forecasts, this::applyScenario, this::clearScenario);
    Paragraph help =
        new Paragraph(
            "Where the service is heading if nothing changes: invitations, reading and assessment"
                + " simulated day by day from today for 36 months, from the published plans where"
                + " they exist and the unit calendar and readers' job plans beyond them. Try a"
                + " what-if below: it changes a copy, never the plans.");
    help.addClassName("page-help");
    add(new H2("Backlog forecast"), help, body, new H3("What if?"), form, comparison);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    // read from the database on every visit: no stale figures after a plan changes
    show(forecasts.report(null));
  }

  private void applyScenario(Scenario scenario) {
    try {
      show(forecasts.report(scenario));
    } catch (ValidationException e) {
      UserMessages.showProblem(e);
    }
  }

  private void clearScenario() {
    show(forecasts.report(null));
  }

  private void show(ForecastReport r) {
    this.report = r;
    form.setUnits(r.data().units());
    body.removeAll();
    comparison.removeAll();
    ForecastData data = r.data();
    Forecast f = r.baseline();
    body.add(sources(data), export());
    UnorderedList summary = new UnorderedList();
    summary.setId("forecast-summary");
    r.summary().forEach(line -> summary.add(new ListItem(line)));
    summary.addClassName("forecast-summary");
    body.add(summary, tiles(data, f), charts(r), equity(data, f), relief(f), weeklyTable(f));
    if (r.scenarioForecast() != null) {
      comparison.add(compare(r));
    }
  }

  /** The forecast on screen (with the scenario, if shown) as .xlsx. */
  private Anchor export() {
    ForecastReport shown = report;
    Anchor link =
        new Anchor(
            (DownloadHandler)
                event -> {
                  event.setFileName("backlog-forecast-" + shown.data().start() + ".xlsx");
                  event.setContentType(XLSX);
                  event.getOutputStream().write(ForecastWorkbook.write(shown));
                },
            AttachmentType.DOWNLOAD,
            "Download the forecast (.xlsx)");
    link.setId("forecast-export");
    return link;
  }

  private static Paragraph sources(ForecastData d) {
    String clinic =
        d.clinicPlanFrom() == null
            ? "no published clinic plan"
            : "the published clinic plan " + range(d.clinicPlanFrom(), d.clinicPlanTo());
    String roster =
        d.rosterFrom() == null
            ? "no published reader roster"
            : "the published reader roster " + range(d.rosterFrom(), d.rosterTo());
    String calendar =
        d.calendarEnd() == null
            ? "no unit calendar"
            : "the unit calendar to " + DATE.format(d.calendarEnd());
    Paragraph p =
        new Paragraph(
            "From "
                + DATE.format(d.start())
                + " to "
                + DATE.format(d.start().plusDays(d.days() - 1))
                + ", computed now from "
                + clinic
                + ", "
                + calendar
                + " (each unit's standard daily throughput after it), "
                + roster
                + " and "
                + d.readers()
                + " readers' job-planned reading sessions less recorded leave.");
    p.setId("forecast-sources");
    p.addClassName("page-help");
    return p;
  }

  private static String range(LocalDate from, LocalDate to) {
    return DATE.format(from) + " to " + DATE.format(to);
  }

  private static Div tiles(ForecastData data, Forecast f) {
    Div tiles = new Div();
    tiles.addClassName("overview-cards");
    tiles.setId("forecast-tiles");
    List<ForecastFigures.Row> rows =
        ForecastFigures.rows(data.roundAcceptablePct(), data.roundAchievablePct());
    for (int months : ForecastReport.PERIODS) {
      Kpis k = f.kpis(months);
      Div tile = new Div(new H3("Next " + months + " months"));
      tile.addClassName("overview-card");
      tile.setId("forecast-tile-" + months);
      for (ForecastFigures.Row row : rows) {
        Span label = new Span(row.label() + ": ");
        Span value = new Span(row.format(k));
        value.setId("kpi-" + months + "-" + row.id());
        value.addClassName("forecast-value");
        Div line = new Div(label, value);
        String status = row.status(k);
        if (!status.isEmpty()) {
          Span badge = new Span(statusText(status));
          badge.addClassName("forecast-status");
          badge.addClassName("forecast-status-" + status);
          line.add(new Span(" "), badge);
        }
        line.addClassName("forecast-line");
        tile.add(line);
      }
      LocalDate breach = firstBreach(f, months);
      if (breach != null) {
        Span warn =
            new Span(
                "Results later than "
                    + f.rates().resultsWithinDays()
                    + " days from "
                    + DATE.format(breach));
        warn.addClassName("warning-text");
        tile.add(warn);
      }
      tiles.add(tile);
    }
    return tiles;
  }

  /** The first day in the period a waiting case is older than the results standard, or null. */
  private static LocalDate firstBreach(Forecast f, int months) {
    int end = f.daysIn(months);
    for (int d = 0; d < end; d++) {
      if (f.pathway().oldestReadingAge()[d] > f.rates().resultsWithinDays()) {
        return f.start().plusDays(d);
      }
    }
    return null;
  }

  static String statusText(String status) {
    return switch (status) {
      case "achievable" -> "meets the achievable level";
      case "acceptable" -> "acceptable";
      default -> "below the acceptable level";
    };
  }

  private static Div charts(ForecastReport r) {
    Forecast f = r.baseline();
    Forecast s = r.scenarioForecast();
    List<Forecast.Week> weeks = f.weeks();
    List<String> labels = weeks.stream().map(w -> WEEK.format(w.monday())).toList();
    Chart reading = new Chart("Cases waiting to be read at the end of each week, by read");
    reading.setId("forecast-reading-chart");
    reading.setLabels(labels);
    reading.addSeries(
        "Awaiting first read",
        Chart.Kind.LINE,
        "#005eb8",
        weeks.stream().map(Forecast.Week::awaitingFirstRead).map(Math::round).toList());
    reading.addSeries(
        "Awaiting second read",
        Chart.Kind.LINE,
        "#007f3b",
        weeks.stream().map(Forecast.Week::awaitingSecondRead).map(Math::round).toList());
    reading.addSeries(
        "Awaiting arbitration",
        Chart.Kind.LINE,
        "#ed8b00",
        weeks.stream().map(Forecast.Week::awaitingArbitration).map(Math::round).toList());
    if (s != null) {
      reading.addSeries(
          "All reads, scenario '" + r.scenario().name() + "'",
          Chart.Kind.LINE,
          "#d5281b",
          s.weeks().stream()
              .map(
                  w ->
                      Math.round(
                          w.awaitingFirstRead() + w.awaitingSecondRead() + w.awaitingArbitration()))
              .toList());
    }
    reading.setAxisTitles("Week starting", "Cases");
    Chart invitation = new Chart("Women overdue and women waiting for an appointment, each week");
    invitation.setId("forecast-invitation-chart");
    invitation.setLabels(labels);
    invitation.addSeries(
        "Women overdue",
        Chart.Kind.LINE,
        "#d5281b",
        weeks.stream().map(Forecast.Week::womenOverdue).map(Math::round).toList());
    invitation.addSeries(
        "Assessment: recalled women waiting",
        Chart.Kind.LINE,
        "#330072",
        weeks.stream().map(Forecast.Week::assessmentWaiting).map(Math::round).toList());
    if (s != null) {
      invitation.addSeries(
          "Women overdue, scenario '" + r.scenario().name() + "'",
          Chart.Kind.LINE,
          "#ffb81c",
          s.weeks().stream().map(Forecast.Week::womenOverdue).map(Math::round).toList());
    }
    invitation.setAxisTitles("Week starting", "Women");
    Div box =
        new Div(
            new H3("Queues week by week"),
            reading,
            new H3("Invitation and assessment week by week"),
            invitation);
    box.setWidthFull();
    return box;
  }

  /** One row of the equity table: a quintile's KPIs over 12 months. */
  record QuintileRow(String quintile, Kpis year, Kpis quarter) {}

  private static Div equity(ForecastData data, Forecast f) {
    List<QuintileRow> rows = new ArrayList<>();
    for (int q = 1; q < Quintiles.COUNT; q++) {
      rows.add(new QuintileRow(Quintiles.label(q), f.kpis(12, q), f.kpis(3, q)));
    }
    rows.add(new QuintileRow(Quintiles.label(0), f.kpis(12, 0), f.kpis(3, 0)));
    rows.add(new QuintileRow("All practices", f.kpis(12), f.kpis(3)));
    Grid<QuintileRow> grid = new Grid<>();
    grid.setId("forecast-equity");
    grid.addColumn(QuintileRow::quintile)
        .setHeader("IMD quintile of the practice")
        .setAutoWidth(true);
    column(
        grid,
        "Invited within 36 months (12 months)",
        r -> r.year().pctInvitedWithinRound(),
        ForecastFigures.Kind.PERCENT);
    column(grid, "Overdue in 12 months", r -> r.year().womenOverdue(), ForecastFigures.Kind.COUNT);
    column(
        grid,
        "Results within 14 days (12 months)",
        r -> r.year().pctResultsWithin(),
        ForecastFigures.Kind.PERCENT);
    column(
        grid,
        "Waiting to be read in 3 months",
        r -> r.quarter().readingBacklog(),
        ForecastFigures.Kind.COUNT);
    column(
        grid,
        "Assessment within 21 days (12 months)",
        r -> r.year().pctAssessmentWithin(),
        ForecastFigures.Kind.PERCENT);
    grid.setItems(rows);
    grid.setAllRowsVisible(true);
    Paragraph help =
        new Paragraph(
            "The same figures for the women of the practices in each quintile of the Index of"
                + " Multiple Deprivation (1 most deprived). Practices without a recorded quintile"
                + " are shown apart.");
    help.addClassName("page-help");
    return new Div(new H3("Equity: by deprivation"), help, grid);
  }

  private static <T> void column(
      Grid<T> grid, String header, ToDoubleFunction<T> value, ForecastFigures.Kind kind) {
    grid.addColumn(r -> ForecastFigures.format(value.applyAsDouble(r), kind))
        .setHeader(header)
        .setAutoWidth(true);
  }

  private static Div relief(Forecast f) {
    Grid<Forecast.Relief> grid = new Grid<>();
    grid.setId("forecast-relief");
    grid.addColumn(Forecast.Relief::queue).setHeader("Queue").setAutoWidth(true);
    grid.addColumn(r -> ForecastFigures.whole(r.demandPerWeek())).setHeader("Demand a week");
    grid.addColumn(r -> ForecastFigures.whole(r.capacityPerWeek())).setHeader("Capacity a week");
    grid.addColumn(r -> ForecastFigures.whole(r.queueNow())).setHeader("Queue in 3 months");
    grid.addColumn(r -> ForecastFigures.whole(r.targetQueue())).setHeader("Target queue");
    grid.addColumn(r -> ForecastFigures.whole(r.reliefPerWeek()))
        .setHeader("Capacity a week to reach target")
        .setAutoWidth(true);
    grid.addColumn(r -> DATE.format(r.targetDate())).setHeader("by");
    grid.setItems(f.relief(3, 12));
    grid.setAllRowsVisible(true);
    Paragraph help =
        new Paragraph(
            "Target queue by Little's law: demand a day × the standard wait (14 days for results, 21"
                + " for assessment). Relief capacity = demand + (queue − target queue) ÷ time to"
                + " the target date, 12 weeks after the 3-month point.");
    help.addClassName("page-help");
    return new Div(new H3("Capacity to reach the target"), help, grid);
  }

  private static Details weeklyTable(Forecast f) {
    Grid<Forecast.Week> grid = new Grid<>();
    grid.setId("forecast-weeks");
    grid.addColumn(w -> WEEK.format(w.monday())).setHeader("Week starting").setAutoWidth(true);
    grid.addColumn(w -> ForecastFigures.whole(w.screened())).setHeader("Screened");
    grid.addColumn(w -> ForecastFigures.whole(w.awaitingFirstRead()))
        .setHeader("Awaiting first read");
    grid.addColumn(w -> ForecastFigures.whole(w.awaitingSecondRead()))
        .setHeader("Awaiting second read");
    grid.addColumn(w -> ForecastFigures.whole(w.awaitingArbitration()))
        .setHeader("Awaiting arbitration");
    grid.addColumn(w -> w.oldestReadingAge() + " days").setHeader("Oldest waiting");
    grid.addColumn(w -> ForecastFigures.whole(w.assessmentWaiting()))
        .setHeader("Waiting for assessment");
    grid.addColumn(w -> ForecastFigures.whole(w.womenOverdue())).setHeader("Women overdue");
    grid.setItems(f.weeks());
    grid.setHeight("420px");
    Details details = new Details("Week-by-week figures as a table", grid);
    details.setId("forecast-weeks-details");
    details.setWidthFull();
    return details;
  }

  /** Baseline beside the scenario with the difference, at 12 and 36 months. */
  private static Div compare(ForecastReport r) {
    record Line(ForecastFigures.Row row, Kpis b12, Kpis s12, Kpis b36, Kpis s36) {}
    ForecastData data = r.data();
    Kpis b12 = r.baseline().kpis(12);
    Kpis s12 = r.scenarioForecast().kpis(12);
    Kpis b36 = r.baseline().kpis(36);
    Kpis s36 = r.scenarioForecast().kpis(36);
    List<Line> lines =
        ForecastFigures.rows(data.roundAcceptablePct(), data.roundAchievablePct()).stream()
            .map(row -> new Line(row, b12, s12, b36, s36))
            .toList();
    Grid<Line> grid = new Grid<>();
    grid.setId("forecast-compare");
    grid.addColumn(l -> l.row().label()).setHeader("Measure").setAutoWidth(true);
    grid.addColumn(l -> l.row().format(l.b12())).setHeader("Baseline, 12 months");
    grid.addColumn(l -> l.row().format(l.s12())).setHeader("Scenario, 12 months");
    grid.addColumn(
            l ->
                ForecastFigures.difference(
                    l.row().value().applyAsDouble(l.s12()),
                    l.row().value().applyAsDouble(l.b12()),
                    l.row().kind()))
        .setHeader("Difference")
        .setAutoWidth(true);
    grid.addColumn(l -> l.row().format(l.b36())).setHeader("Baseline, 36 months");
    grid.addColumn(l -> l.row().format(l.s36())).setHeader("Scenario, 36 months");
    grid.addColumn(
            l ->
                ForecastFigures.difference(
                    l.row().value().applyAsDouble(l.s36()),
                    l.row().value().applyAsDouble(l.b36()),
                    l.row().kind()))
        .setHeader("Difference ")
        .setAutoWidth(true);
    grid.setItems(lines);
    grid.setAllRowsVisible(true);
    H3 title = new H3("Scenario '" + r.scenario().name() + "' beside the baseline");
    title.setId("forecast-compare-title");
    return new Div(title, grid);
  }

  /** For tests: the report on screen. */
  ForecastReport report() {
    return report;
  }

  static Button primary(String text) {
    Button b = new Button(text);
    b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return b;
  }
}
