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
  private final Button revert =
      new Button("Revert to published", VaadinIcon.ARROW_BACKWARD.create());
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
    revert.setId("clinic-revert");
    revert.addClickListener(e -> confirmRevert());
    progress.setId("clinic-progress");
    progress.addClassName("clinic-progress");
    export = exportLink(service);
    if (editable) {
      add(start, weeks, create, solve, stop, publish, revert, absence);
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
    revert.setEnabled(has && !solving && plan.publishedAt() != null && plan.changes() > 0);
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
            + (p.unfilled() < 0 ? "" : " · " + p.unfilled() + " required positions unfilled"));
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
              if (run(service::publish)) {
                UserMessages.showSaved("Clinic schedule published");
              }
            },
            "Cancel",
            e -> {})
        .open();
  }

  private void confirmRevert() {
    ConfirmDialog dialog =
        new ConfirmDialog(
            "Revert to the published plan?",
            plan.changes()
                + " positions differ from the plan published "
                + PlanText.STAMP.format(plan.publishedAt())
                + " by "
                + plan.publishedBy()
                + ". Reverting puts every one back as published and undoes every later edit,"
                + " solve and replan.",
            "Revert",
            e -> {
              if (run(service::revertToPublished)) {
                UserMessages.showSaved("Back to the published plan");
              }
            },
            "Cancel",
            e -> {});
    dialog.setConfirmButtonTheme("error primary");
    dialog.open();
  }

  /** Runs the action and reloads; false (with the problem shown) when it was refused. */
  private boolean run(Runnable action) {
    try {
      action.run();
      reload.run();
      return true;
    } catch (RuntimeException e) {
      UserMessages.showProblem(e);
      return false;
    }
  }
}
