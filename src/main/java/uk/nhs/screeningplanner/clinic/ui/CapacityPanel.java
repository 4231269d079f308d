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
  private final Chart chart = new Chart("Screening slots that run against screens needed, by week");

  CapacityPanel() {
    setPadding(false);
    grid.setId("clinic-capacity-grid");
    grid.setAllRowsVisible(true);
    grid.addColumn(w -> PlanText.date(w.week())).setHeader("Week beginning");
    grid.addColumn(WeekCapacity::screensNeeded).setHeader("Screens needed");
    grid.addColumn(WeekCapacity::screeningSlots).setHeader("Slots in the unit calendar");
    grid.addColumn(WeekCapacity::requiredSlots).setHeader("Slots in needed sessions");
    grid.addColumn(WeekCapacity::staffedSlots).setHeader("Slots that run (staffed)");
    grid.addColumn(w -> signed(w.staffedSlots() - w.screensNeeded()))
        .setHeader("Spare (+) or short (−)");
    grid.addColumn(WeekCapacity::expectedRecalls).setHeader("Recalls expected");
    grid.addColumn(WeekCapacity::assessmentSlots).setHeader("Assessment slots that run");
    add(
        new Paragraph(
            "Screens needed: the women of the practices each van or room visit screens (the visit"
                + " nearest each practice's due date), times the uptake of their cohorts, spread over"
                + " the visit's sessions. Only the sessions those screens need are staffed; the rest of"
                + " the unit calendar is spare. Recalls expected = screens × the recall rate for the"
                + " cohort mix; they are assessed the week after."),
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
        "Slots in the unit calendar",
        Chart.Kind.BAR,
        "#aeb7bd",
        weeks.stream().map(WeekCapacity::screeningSlots).toList());
    chart.addSeries(
        "Slots that run (staffed)",
        Chart.Kind.BAR,
        "#005eb8",
        weeks.stream().map(WeekCapacity::staffedSlots).toList());
    chart.addSeries(
        "Screens needed",
        Chart.Kind.LINE,
        "#d5281b",
        weeks.stream().map(WeekCapacity::screensNeeded).toList());
    chart.addSeries(
        "Assessment slots that run",
        Chart.Kind.LINE,
        "#007f3b",
        weeks.stream().map(WeekCapacity::assessmentSlots).toList());
  }

  private static String signed(int n) {
    return n > 0 ? "+" + n : n < 0 ? "−" + (-n) : "0";
  }
}
