package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;

/** Date pickers in UK style, and keeping an end date from falling before its start. */
final class DateFields {

  private DateFields() {}

  /** A date picker showing and accepting dates as DD/MM/YYYY, weeks starting on Monday. */
  static DatePicker ukDatePicker(String label) {
    DatePicker picker = new DatePicker(label);
    picker.setLocale(Locale.UK);
    picker.setI18n(
        new DatePicker.DatePickerI18n()
            .setDateFormat("dd/MM/yyyy")
            .setFirstDayOfWeek(1)
            .setBadInputErrorMessage("Enter a date as DD/MM/YYYY, e.g. 24/11/2026")
            .setMinErrorMessage("Must be on or after the start date"));
    picker.setPlaceholder("DD/MM/YYYY");
    return picker;
  }

  /** The end date may not be before the start: the picker says so as soon as it is. */
  static void endNotBeforeStart(DatePicker start, DatePicker end) {
    end.setMin(start.getValue());
    start.addValueChangeListener(e -> end.setMin(e.getValue()));
  }
}
