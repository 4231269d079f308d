package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.nhs.screeningplanner.service.OverviewService;
import uk.nhs.screeningplanner.service.ServiceOverview;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.shared.Chart;

/** The first page after sign-in: which service this is and the size of what it plans for. */
@Route("")
@PageTitle("Overview | Screening Planner")
@Menu(title = "Overview", order = 0, icon = "vaadin:home")
@PermitAll
public class OverviewView extends VerticalLayout {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
  private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance(Locale.UK);

  public OverviewView(ServiceSettingsService services, OverviewService overviews) {
    add(new H2("Overview"));
    if (!services.anyServiceExists()) {
      add(
          new Paragraph(
              "No screening service is set up yet. An administrator can import a service workbook,"
                  + " or start the app with sample data."));
      return;
    }
    ServiceOverview o = overviews.overview();
    Paragraph intro =
        new Paragraph(
            o.serviceName() + (o.hostTrust() == null ? "" : ", hosted by " + o.hostTrust()) + ".");
    intro.addClassName("page-help");
    Div cards = new Div();
    cards.addClassName("overview-cards");
    cards.setId("overview-cards");
    cards.add(
        card(
            "Eligible women",
            NUMBER.format(o.eligibleWomen()),
            "in " + o.practices() + " GP practices"),
        card(
            "Practices overdue",
            NUMBER.format(o.practicesOverdue()),
            NUMBER.format(o.womenInOverduePractices())
                + " women whose last invitation was over "
                + o.roundLengthMonths()
                + " months ago"),
        card("Screening units", o.vans() + " vans, " + o.staticRooms() + " rooms", ""),
        card("Sites", o.staticSites() + " static, " + o.mobilePitches() + " pitches", ""),
        card(
            "Imaging staff",
            String.valueOf(
                o.staffBySkill().getOrDefault(Skill.MAMMOGRAPHER, 0L)
                    + o.staffBySkill().getOrDefault(Skill.ASSISTANT_PRACTITIONER, 0L)),
            o.staffBySkill().getOrDefault(Skill.MAMMOGRAPHER, 0L)
                + " mammographers, "
                + o.staffBySkill().getOrDefault(Skill.ASSISTANT_PRACTITIONER, 0L)
                + " assistant practitioners"),
        card(
            "Image readers",
            String.valueOf(o.staffBySkill().getOrDefault(Skill.READER, 0L)),
            o.staffBySkill().getOrDefault(Skill.ARBITRATOR, 0L) + " of them arbitrators"),
        card("On leave today", String.valueOf(o.staffOnLeaveToday()), "staff marked unavailable"));
    add(intro, cards, dueChart(o));
  }

  /** Bars of women falling due per month: where the next year's screening load comes from. */
  private static Div dueChart(ServiceOverview o) {
    Chart chart = new Chart("Eligible women whose round falls due, by month, next 12 months");
    chart.setId("overview-due-chart");
    chart.setLabels(o.dueByMonth().stream().map(d -> MONTH.format(d.month())).toList());
    chart.setAxisTitles("Month due", "Eligible women");
    chart.addSeries(
        "Women falling due",
        Chart.Kind.BAR,
        "#005eb8",
        o.dueByMonth().stream().map(ServiceOverview.MonthDue::women).toList());
    Div box = new Div(new H3("Women falling due in the next 12 months"), chart);
    box.addClassName("overview-chart");
    return box;
  }

  private static Div card(String title, String value, String detail) {
    H3 heading = new H3(title);
    Span number = new Span(value);
    number.addClassName("overview-value");
    Span more = new Span(detail);
    more.addClassName("overview-detail");
    Div card = new Div(heading, number, more);
    card.addClassName("overview-card");
    return card;
  }
}
