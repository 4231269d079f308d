package uk.nhs.screeningplanner.clinic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import uk.nhs.screeningplanner.clinic.ClinicScheduleService;
import uk.nhs.screeningplanner.clinic.PlanSummary;
import uk.nhs.screeningplanner.clinic.SolveProgress;
import uk.nhs.screeningplanner.shared.UserMessages;

/** Make plan, Solve/Stop with live progress, Publish, Record absence and Export. */
class ClinicToolbar extends HorizontalLayout {

  private final ClinicScheduleService service;
  private final Runnable reload;
  private final DatePicker start = new DatePicker("First Monday");
  private final IntegerField weeks = new IntegerField("Weeks (4–12)");
  private final Button create = new Button("Make plan", VaadinIcon.PLUS.create());
  private final Button solve = new Button("Solve", VaadinIcon.PLAY.create());
  private final Button stop = new Button("Stop", VaadinIcon.STOP.create());
  private final Button publish = new Button("Publish", VaadinIcon.CHECK.create());
  private final Button absence = new Button("Record absence", VaadinIcon.USER_CLOCK.create());
  private final Span progress = new Span();
  private final Anchor export;
  private PlanSummary plan;

  ClinicToolbar(ClinicScheduleService service, boolean editable, Runnable reload) {
    this.service = service;
    this.reload = reload;
    setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    setWrap(true);
    start.setId("clinic-start");
    start.setLocale(Locale.UK);
    start.setValue(service.nextMonday());
    start.setHelperText("dd/mm/yyyy");
    weeks.setId("clinic-weeks");
    weeks.setMin(4);
    weeks.setMax(12);
    weeks.setValue(12);
    weeks.setStepButtonsVisible(true);
    create.setId("clinic-create");
    create.addClickListener(e -> confirmCreate());
    solve.setId("clinic-solve");
    solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    solve.addClickListener(e -> run(service::solve));
    stop.setId("clinic-stop");
    stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
    stop.addClickListener(e -> run(service::stop));
    publish.setId("clinic-publish");
    publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
    publish.addClickListener(e -> confirmPublish());
    absence.setId("clinic-absence");
    absence.addClickListener(e -> new AbsenceDialog(service, plan, reload).open());
    progress.setId("clinic-progress");
    progress.addClassName("clinic-progress");
    export = exportLink(service);
    if (editable) {
      add(start, weeks, create, solve, stop, publish, absence);
    }
    add(export, progress);
  }

  private static Anchor exportLink(ClinicScheduleService service) {
    Anchor anchor =
        new Anchor(
            (DownloadHandler)
                event -> {
                  byte[] workbook = service.export();
                  event.setFileName(service.exportFileName());
                  event.setContentType(
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                  event.getOutputStream().write(workbook);
                },
            AttachmentType.DOWNLOAD,
            "Export .xlsx");
    anchor.setId("clinic-export");
    return anchor;
  }

  void update(PlanSummary plan, boolean solving) {
    this.plan = plan;
    boolean has = plan != null;
    create.setEnabled(!solving);
    solve.setEnabled(has && !solving);
    stop.setEnabled(solving);
    publish.setEnabled(has && !solving);
    absence.setEnabled(has && !solving);
    export.setEnabled(has);
    export.setVisible(has);
    if (solving) {
      progress.setText("Solving…");
    }
  }

  void progress(SolveProgress p) {
    progress.removeClassName("solving");
    if (p.solving()) {
      progress.addClassName("solving");
    }
    progress.setText(
        p.message()
            + (p.score() == null ? "" : " · best plan: " + PlanText.score(p.score()))
            + " · "
            + p.unfilled()
            + " required positions unfilled");
    update(plan, p.solving());
  }

  private void confirmCreate() {
    ConfirmDialog dialog =
        new ConfirmDialog(
            "Make a new plan?",
            "This replaces the current plan (and its published positions) with empty sessions from"
                + " the unit calendar.",
            "Make plan",
            e ->
                run(
                    () ->
                        service.createPlan(
                            start.getValue(), weeks.getValue() == null ? 0 : weeks.getValue())),
            "Cancel",
            e -> {});
    dialog.setConfirmButtonTheme("error primary");
    if (plan == null) {
      run(
          () ->
              service.createPlan(
                  start.getValue(), weeks.getValue() == null ? 0 : weeks.getValue()));
    } else {
      dialog.open();
    }
  }

  private void confirmPublish() {
    String text =
        plan != null && plan.publishedAt() != null
            ? plan.changes()
                + " positions differ from the published plan; see \"Changes from"
                + " published\". Publish them?"
            : "Publish this plan to the team?";
    new ConfirmDialog(
            "Publish the clinic schedule?",
            text,
            "Publish",
            e -> {
              run(service::publish);
              UserMessages.showSaved("Clinic schedule published");
            },
            "Cancel",
            e -> {})
        .open();
  }

  private void run(Runnable action) {
    try {
      action.run();
      reload.run();
    } catch (RuntimeException e) {
      UserMessages.showProblem(e);
    }
  }
}
