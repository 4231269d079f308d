package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.service.SiteService;

/** Sites and mobile pitches, and the vans and rooms that screen at them. */
@Route("sites")
@PageTitle("Sites and units | Screening Planner")
@Menu(title = "Sites and units", order = 10, icon = "vaadin:building")
@RolesAllowed({"SERVICE_MANAGER", "ROTA_COORDINATOR", "EXECUTIVE", "ADMIN"})
public class SitesView extends ReferenceDataView {

  public SitesView(ServiceSettingsService settings, SiteService sites, AuthenticationContext auth) {
    super(
        "sites-view",
        "Sites and units",
        "Where screening happens (static sites and mobile van pitches, with the dates each cannot"
            + " be used) and the vans and rooms that do the screening.");
    if (!serviceReady(settings)) {
      return;
    }
    boolean editable = EditRights.of(auth).referenceData();
    TabSheet tabs = new TabSheet();
    tabs.setId("sites-tabs");
    tabs.setWidthFull();
    tabs.addClassName("fill");
    tabs.add("Sites", new SitesPanel(sites, editable)).setId("sites-tab");
    tabs.add("Screening units", new UnitsPanel(sites, editable)).setId("units-tab");
    add(tabs);
  }
}
