package uk.nhs.screeningplanner.roster.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import uk.nhs.screeningplanner.roster.RosterDay;
import uk.nhs.screeningplanner.roster.RosterSnapshot;
import uk.nhs.screeningplanner.roster.domain.Dates;
import uk.nhs.screeningplanner.shared.Chart;

/** The projected reading backlog: cases waiting per queue each day, and the oldest case's age. */
final class BacklogChart extends Div {

  BacklogChart(RosterSnapshot roster) {
    setId("roster-backlog");
    setWidthFull();
    List<RosterDay> days = roster.daily();
    List<String> labels = days.stream().map(d -> Dates.shortDay(d.date())).toList();
    Chart waiting = new Chart("Cases waiting at the end of each working day, by read");
    waiting.setLabels(labels);
    waiting.addSeries(
        "Awaiting first read",
        Chart.Kind.BAR,
        "#005eb8",
        days.stream().map(RosterDay::awaitingFirst).toList());
    waiting.addSeries(
        "Awaiting second read",
        Chart.Kind.BAR,
        "#007f3b",
        days.stream().map(RosterDay::awaitingSecond).toList());
    waiting.addSeries(
        "Awaiting arbitration",
        Chart.Kind.BAR,
        "#ed8b00",
        days.stream().map(RosterDay::awaitingArbitration).toList());
    waiting.setAxisTitles("Working day", "Cases waiting");
    Chart oldest = new Chart("Age of the oldest waiting case in working days, against the target");
    oldest.setLabels(labels);
    oldest.addSeries(
        "Oldest waiting case (working days)",
        Chart.Kind.LINE,
        "#d5281b",
        days.stream().map(RosterDay::oldestAgeDays).toList());
    oldest.addSeries(
        "Target",
        Chart.Kind.LINE,
        "#425563",
        days.stream().map(d -> roster.targetWorkingDays()).toList());
    oldest.setAxisTitles("Working day", "Working days");
    oldest.setHeight("200px");
    Paragraph help =
        new Paragraph(
            "Projected from the roster: each day's screens join the first-read queue, readers take"
                + " the oldest cases first. A case older than "
                + roster.targetWorkingDays()
                + " working days risks a result later than 14 days.");
    help.addClassName("page-help");
    add(new H3("Projected reading backlog"), help, waiting, oldest);
  }
}
