package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.shared.UserMessages;

/**
 * The programme settings every plan depends on. When no service exists yet, a service manager can
 * create it here, so a fresh installation is not a dead end.
 */
@Route("settings")
@PageTitle("Service settings | Screening Planner")
@Menu(title = "Service settings", order = 90, icon = "vaadin:cog")
@RolesAllowed({"SERVICE_MANAGER", "ROTA_COORDINATOR", "EXECUTIVE", "ADMIN"})
public class SettingsView extends ReferenceDataView {

  public SettingsView(ServiceSettingsService settings, AuthenticationContext auth) {
    super(
        "settings-view",
        "Service settings",
        "The numbers every plan and forecast uses: round length, session times, attendance,"
            + " recall and reading rates. Each starts at the national or published default shown"
            + " under the field; change it to match how your service works.");
    addClassName("natural-height");
    boolean editable = EditRights.of(auth).referenceData();
    boolean exists = settings.anyServiceExists();
    if (!exists && !editable) {
      serviceReady(settings);
      return;
    }
    SettingsForm form = new SettingsForm(editable);
    form.hideTitle();
    form.setSaver(settings::save);
    form.setReloader(stale -> settings.current());
    form.closeButton().setText("Reset");
    form.closeButton().setId("settings-reset-button");
    form.closeButton().setVisible(editable);
    form.closeButton().setTooltipText("Discard unsaved changes and show the saved settings");
    form.addCloseListener(() -> reset(form, settings));
    if (exists) {
      form.edit(settings.current());
    } else {
      Paragraph first =
          new Paragraph(
              "No screening service is set up yet. Enter its code and name to create it; the other settings start at their defaults.");
      first.setId("no-service");
      first.addClassName("no-service");
      add(first);
      form.edit(new ScreeningService("", ""));
    }
    add(form);
  }

  private static void reset(SettingsForm form, ServiceSettingsService settings) {
    if (!settings.anyServiceExists()) {
      form.edit(new ScreeningService("", ""));
      return;
    }
    form.edit(settings.current());
    UserMessages.showSaved("Unsaved changes discarded");
  }
}
