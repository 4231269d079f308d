package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;

/** One stay of a unit at a site. Overlaps and blackout clashes come back from the service. */
class CalendarEntryForm extends EditorForm<UnitCalendarEntry> {

  private final DatePicker start;
  private final DatePicker end;

  CalendarEntryForm(boolean editable, List<ScreeningUnit> units, List<Site> sites) {
    super(UnitCalendarEntry.class, "calendar", "calendar entry", editable);
    FieldFactory<UnitCalendarEntry> f = fields();
    ComboBox<ScreeningUnit> unit = f.requiredCombo("unit", "Unit", ScreeningUnit::toString);
    unit.setItems(units);
    ComboBox<Site> site = f.requiredCombo("site", "Site", Site::toString);
    site.setItems(sites);
    site.setHelperText("A static room screens only at its own site");
    start = f.requiredDate("startDate", "Start date");
    end = f.requiredDate("endDate", "End date");
    DateFields.endNotBeforeStart(start, end);
    start.addValueChangeListener(e -> showWeeks());
    end.addValueChangeListener(e -> showWeeks());
    CheckboxGroup<DayOfWeek> days =
        f.register("weekdays", "Days it screens", new CheckboxGroup<>("Days it screens"));
    days.setItems(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
    days.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, Locale.UK));
    days.setHelperText("None ticked means Monday to Friday");
    binder().forField(days).bind("weekdays");
    var note = f.text("note", "Note");
    FormLayout layout = new FormLayout(unit, site, start, end, days, note);
    layout.setColspan(days, 2);
    layout.setColspan(note, 2);
    addContent(layout);
  }

  private void showWeeks() {
    if (start.getValue() == null
        || end.getValue() == null
        || end.getValue().isBefore(start.getValue())) {
      end.setHelperText(null);
      return;
    }
    long weeks = TimelineScale.weeksSpanned(start.getValue(), end.getValue());
    end.setHelperText(weeks == 1 ? "Spans 1 calendar week" : "Spans " + weeks + " calendar weeks");
  }
}
