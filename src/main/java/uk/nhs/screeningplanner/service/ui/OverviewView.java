package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.nhs.screeningplanner.service.ServiceSettingsService;

/** The first page after sign-in: what service this is and how much reference data it holds. */
@Route("")
@PageTitle("Overview | Screening Planner")
@Menu(title = "Overview", order = 0, icon = "vaadin:home")
@PermitAll
public class OverviewView extends VerticalLayout {

  public OverviewView(ServiceSettingsService services) {
    add(new H2("Overview"));
    if (services.anyServiceExists()) {
      add(new Paragraph(services.current().getName()));
    } else {
      add(new Paragraph("No screening service is set up yet."));
    }
  }
}
