package uk.nhs.screeningplanner.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import uk.nhs.screeningplanner.roster.RosterSnapshot;
import uk.nhs.screeningplanner.roster.RosterSnapshot.RosterReader;

/** Record that a reader is away (off sick, say) from one day to another, then replan. */
final class AbsenceDialog extends Dialog {

  /** What the coordinator entered. */
  record Absence(long staffId, LocalDate from, LocalDate to, String reason) {}

  AbsenceDialog(RosterSnapshot roster, java.util.function.Consumer<Absence> save) {
    setHeaderTitle("Record an absence and replan");
    setId("absence-dialog");
    ComboBox<RosterReader> reader = new ComboBox<>("Reader");
    reader.setId("absence-reader");
    reader.setItems(roster.readers());
    reader.setItemLabelGenerator(RosterReader::name);
    reader.setRequired(true);
    DatePicker from = datePicker("First day away", "absence-from", roster);
    DatePicker to = datePicker("Last day away", "absence-to", roster);
    TextField reason = new TextField("Reason");
    reason.setId("absence-reason");
    reason.setValue("Off sick");
    reason.setMaxLength(200);
    FormLayout form = new FormLayout(reader, from, to, reason);
    Button ok =
        new Button(
            "Record and replan",
            e -> {
              if (reader.getValue() == null || from.getValue() == null || to.getValue() == null) {
                reader.setInvalid(reader.getValue() == null);
                reader.setErrorMessage("Choose the reader");
                from.setInvalid(from.getValue() == null);
                from.setErrorMessage("Enter the first day, like 07/12/2026");
                to.setInvalid(to.getValue() == null);
                to.setErrorMessage("Enter the last day, like 11/12/2026");
                return;
              }
              save.accept(
                  new Absence(
                      reader.getValue().staffId(),
                      from.getValue(),
                      to.getValue(),
                      reason.getValue()));
              close();
            });
    ok.setId("absence-save");
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(form);
    getFooter().add(new Button("Cancel", e -> close()), ok);
  }

  static DatePicker datePicker(String label, String id, RosterSnapshot roster) {
    DatePicker picker = new DatePicker(label);
    picker.setId(id);
    DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
    i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy");
    i18n.setFirstDayOfWeek(1);
    picker.setI18n(i18n);
    picker.setMin(roster.start());
    picker.setMax(roster.end());
    picker.setPlaceholder("dd/mm/yyyy");
    return picker;
  }
}
