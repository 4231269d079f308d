package uk.nhs.screeningplanner.clinic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import uk.nhs.screeningplanner.clinic.ClinicScheduleService;
import uk.nhs.screeningplanner.clinic.PlanSummary;
import uk.nhs.screeningplanner.clinic.Position;
import uk.nhs.screeningplanner.clinic.StaffOption;
import uk.nhs.screeningplanner.service.PartOfDay;
import uk.nhs.screeningplanner.shared.UserMessages;

/**
 * Records that someone is away (e.g. off sick) and replans around it: nothing before the first day
 * of absence changes, published positions move only where they must, and the changes are listed
 * before anyone publishes.
 */
class AbsenceDialog extends Dialog {

  AbsenceDialog(ClinicScheduleService service, PlanSummary plan, Runnable reload) {
    setId("absence-dialog");
    setHeaderTitle("Record absence and replan");
    Map<Long, StaffOption> people = new LinkedHashMap<>();
    for (Position p : Position.values()) {
      service.staffFor(p).forEach(o -> people.putIfAbsent(o.id(), o));
    }
    ComboBox<StaffOption> staff = new ComboBox<>("Who is away");
    staff.setId("absence-staff");
    staff.setItems(
        people.values().stream()
            .sorted(java.util.Comparator.comparing(StaffOption::name))
            .toList());
    staff.setItemLabelGenerator(StaffOption::name);
    DatePicker from = new DatePicker("First day away");
    from.setId("absence-from");
    DatePicker to = new DatePicker("Last day away");
    to.setId("absence-to");
    for (DatePicker d : new DatePicker[] {from, to}) {
      d.setLocale(Locale.UK);
      d.setMin(plan == null ? null : plan.start());
      d.setMax(plan == null ? null : plan.end());
    }
    from.addValueChangeListener(
        e -> {
          if (to.getValue() == null) to.setValue(e.getValue());
        });
    RadioButtonGroup<PartOfDay> part = new RadioButtonGroup<>("Part of the day");
    part.setId("absence-part");
    part.setItems(PartOfDay.ALL_DAY, PartOfDay.AM, PartOfDay.PM);
    part.setItemLabelGenerator(PartOfDay::label);
    part.setValue(PartOfDay.ALL_DAY);
    TextField reason = new TextField("Reason");
    reason.setId("absence-reason");
    reason.setValue("Sickness");
    reason.setMaxLength(200);
    FormLayout form = new FormLayout(staff, from, to, part, reason);
    add(
        new Paragraph(
            "The person is marked unavailable for these dates (Staff page) and their places are"
                + " emptied; then the weeks of the absence are solved again. People present move up"
                + " or across only where that saves screening slots, and every other day stays as"
                + " published. Check \"Changes from published\" (each change says why) before you"
                + " publish."),
        form);
    Button save =
        new Button(
            "Record and replan",
            e -> {
              try {
                if (staff.getValue() == null) {
                  throw new uk.nhs.screeningplanner.shared.ValidationException(
                      "Who is away: choose a person");
                }
                service.recordAbsence(
                    staff.getValue().id(),
                    from.getValue(),
                    to.getValue(),
                    part.getValue(),
                    reason.getValue());
                UserMessages.showSaved("Absence recorded; replanning");
                close();
                reload.run();
              } catch (RuntimeException ex) {
                UserMessages.showProblem(ex);
              }
            });
    save.setId("absence-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), save);
  }
}
