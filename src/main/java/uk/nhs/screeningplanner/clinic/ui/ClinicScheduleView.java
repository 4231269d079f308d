package uk.nhs.screeningplanner.clinic.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.nhs.screeningplanner.clinic.ClinicScheduleService;
import uk.nhs.screeningplanner.clinic.PlanSummary;
import uk.nhs.screeningplanner.clinic.SessionView;
import uk.nhs.screeningplanner.clinic.SolveProgress;
import uk.nhs.screeningplanner.shared.UserMessages;

/**
 * The clinic schedule: a calendar of sessions by unit and half-day with who fills each position,
 * each person's week, capacity against demand, the changes from the published plan and why rules
 * are broken. Service managers make, solve, edit, publish, replan and export; others read.
 */
@Route("clinic-schedule")
@PageTitle("Clinic schedule | Screening Planner")
@Menu(title = "Clinic schedule", order = 50, icon = "vaadin:calendar-user")
@RolesAllowed({"SERVICE_MANAGER", "ROTA_COORDINATOR", "EXECUTIVE", "ADMIN"})
@CssImport("./clinic-schedule.css")
public class ClinicScheduleView extends VerticalLayout {

  private final ClinicScheduleService service;
  private final boolean editable;
  private final Span summary = new Span();
  private final ClinicToolbar toolbar;
  private final CalendarPanel calendar;
  private final PeopleWeekPanel people;
  private final CapacityPanel capacity = new CapacityPanel();
  private final ChangesPanel changes = new ChangesPanel();
  private final ExplanationPanel explanation = new ExplanationPanel();
  private final TabSheet tabs = new TabSheet();
  private final RadioButtonGroup<String> version = new RadioButtonGroup<>("Show");
  private final Div clashes = new Div();
  private Runnable stopListening;

  public ClinicScheduleView(ClinicScheduleService service, AuthenticationContext auth) {
    this.service = service;
    this.editable = auth.hasAnyRole("SERVICE_MANAGER", "ADMIN");
    setId("clinic-schedule-view");
    setSizeFull();
    summary.setId("clinic-summary");
    toolbar = new ClinicToolbar(service, editable, this::reload);
    calendar = new CalendarPanel(service, editable, this::reload);
    people = new PeopleWeekPanel();
    tabs.setId("clinic-tabs");
    tabs.setSizeFull();
    tabs.add("Calendar", calendar).setId("clinic-tab-calendar");
    tabs.add("Each person's week", people).setId("clinic-tab-people");
    tabs.add("Capacity and demand", capacity).setId("clinic-tab-capacity");
    tabs.add("Changes from published", changes).setId("clinic-tab-changes");
    tabs.add("Why? Broken rules", explanation).setId("clinic-tab-why");
    tabs.addSelectedChangeListener(e -> refreshSelected());
    version.setId("clinic-version");
    version.setItems(DRAFT, PUBLISHED);
    // Readers see the plan in force; managers work on the draft. Either may look at the other.
    version.setValue(editable ? DRAFT : PUBLISHED);
    version.addValueChangeListener(e -> reload());
    clashes.setId("clinic-clashes");
    clashes.addClassName("clinic-clashes");
    add(
        new H2("Clinic schedule"),
        new Paragraph(
            "Who staffs each screening session and assessment clinic. Red means a required person is"
                + " missing, so the session cannot run; yellow means pinned (the solver keeps it);"
                + " grey sessions are spare (the unit is there but no women need inviting)."),
        summary,
        toolbar,
        version,
        clashes,
        tabs);
    reload();
  }

  static final String DRAFT = "Draft (being planned)";
  static final String PUBLISHED = "Plan in force (published)";

  /** Reads the plan again and refreshes every part. */
  void reload() {
    try {
      PlanSummary plan = service.summary().orElse(null);
      summary.setText(PlanText.summary(plan));
      toolbar.update(plan, service.solving());
      tabs.setVisible(plan != null);
      boolean published = PUBLISHED.equals(version.getValue());
      List<SessionView> sessions = published ? service.publishedSessions() : service.sessions();
      if (published && plan != null && plan.publishedAt() == null) {
        summary.setText(
            "No clinic plan has been published yet. "
                + PlanText.summary(plan).replace("Draft", "The draft"));
      }
      calendar.show(sessions, !published);
      people.show(sessions);
      showClashes(published ? List.of() : service.clashesWithOtherDrafts());
      refreshSelected();
    } catch (RuntimeException e) {
      UserMessages.showProblem(e);
    }
  }

  private void showClashes(List<String> found) {
    clashes.removeAll();
    clashes.setVisible(!found.isEmpty());
    if (!found.isEmpty()) {
      clashes.add(
          new Paragraph(
              found.size()
                  + " half-days clash with the draft reader roster (a warning: the draft roster is not"
                  + " in force, but both cannot be published as they are):"));
      UnorderedList list = new UnorderedList();
      found.stream().limit(10).forEach(c -> list.add(new ListItem(c)));
      if (found.size() > 10) {
        list.add(new ListItem("… and " + (found.size() - 10) + " more."));
      }
      clashes.add(list);
    }
  }

  private void refreshSelected() {
    int tab = tabs.getSelectedIndex();
    if (tab == 2) {
      capacity.show(service.capacity());
    } else if (tab == 3) {
      changes.show(service.changes());
    } else if (tab == 4) {
      explanation.show(service.explain());
    }
  }

  @Override
  protected void onAttach(AttachEvent event) {
    UI ui = event.getUI();
    stopListening = service.onProgress(progress -> ui.access(() -> progressed(progress)));
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (stopListening != null) {
      stopListening.run();
    }
  }

  private void progressed(SolveProgress progress) {
    toolbar.progress(progress);
    // The best plan so far is saved every few seconds: show it, so the page is never blank.
    if (!progress.solving() || progress.planSaved()) {
      reload();
      toolbar.progress(progress);
    }
  }
}
