package uk.nhs.screeningplanner.clinic.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import uk.nhs.screeningplanner.clinic.WeekCapacity;
import uk.nhs.screeningplanner.shared.Chart;

/** Screening and assessment capacity against demand, week by week. */
class CapacityPanel extends VerticalLayout {

  private final Grid<WeekCapacity> grid = new Grid<>();
  private final Chart chart = new Chart("Screening slots staffed against screens needed, by week");

  CapacityPanel() {
    setPadding(false);
    grid.setId("clinic-capacity-grid");
    grid.setAllRowsVisible(true);
    grid.addColumn(w -> PlanText.date(w.week())).setHeader("Week beginning");
    grid.addColumn(WeekCapacity::screeningSlots).setHeader("Screening slots in the calendar");
    grid.addColumn(WeekCapacity::staffedSlots).setHeader("Slots staffed (sessions that run)");
    grid.addColumn(WeekCapacity::screensNeeded).setHeader("Screens needed to keep the round");
    grid.addColumn(w -> w.staffedSlots() - w.screensNeeded()).setHeader("Spare (+) or short (−)");
    grid.addColumn(WeekCapacity::expectedRecalls).setHeader("Recalls expected");
    grid.addColumn(WeekCapacity::assessmentSlots).setHeader("Assessment slots staffed");
    add(
        new Paragraph(
            "Screens needed = eligible women ÷ weeks in the round × expected attendance. Recalls"
                + " expected = staffed slots × the recall rate for the cohort mix (prevalent for"
                + " first-call women, incident for the rest); they are assessed the week after."),
        chart,
        grid);
    chart.setId("clinic-capacity-chart");
    chart.setWidthFull();
    chart.setHeight("320px");
    chart.setAxisTitles("Week beginning", "Women");
  }

  void show(List<WeekCapacity> weeks) {
    grid.setItems(weeks);
    chart.clearSeries();
    chart.setLabels(weeks.stream().map(w -> PlanText.date(w.week())).toList());
    chart.addSeries(
        "Screening slots in the calendar",
        Chart.Kind.BAR,
        "#aeb7bd",
        weeks.stream().map(WeekCapacity::screeningSlots).toList());
    chart.addSeries(
        "Slots staffed",
        Chart.Kind.BAR,
        "#005eb8",
        weeks.stream().map(WeekCapacity::staffedSlots).toList());
    chart.addSeries(
        "Screens needed to keep the round",
        Chart.Kind.LINE,
        "#d5281b",
        weeks.stream().map(WeekCapacity::screensNeeded).toList());
    chart.addSeries(
        "Assessment slots staffed",
        Chart.Kind.LINE,
        "#007f3b",
        weeks.stream().map(WeekCapacity::assessmentSlots).toList());
  }
}
