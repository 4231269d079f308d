package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import uk.nhs.screeningplanner.service.ServiceSettingsService;

/**
 * The common frame of the reference-data pages: a heading, one sentence saying what the page is
 * for, and a clear message instead of a failure when no screening service exists yet.
 */
abstract class ReferenceDataView extends VerticalLayout {

  protected ReferenceDataView(String id, String title, String purpose) {
    setId(id);
    addClassName("reference-view");
    setSizeFull();
    Paragraph help = new Paragraph(purpose);
    help.addClassName("page-help");
    add(new H2(title), help);
  }

  /** True when a service exists; otherwise shows why the page is empty and returns false. */
  protected boolean serviceReady(ServiceSettingsService settings) {
    if (settings.anyServiceExists()) {
      return true;
    }
    Paragraph message =
        new Paragraph(
            "No screening service is set up yet, so there is nothing to show here. A service"
                + " manager can create one under Service settings, or import a service workbook.");
    message.setId("no-service");
    message.addClassName("no-service");
    add(message);
    return false;
  }
}
