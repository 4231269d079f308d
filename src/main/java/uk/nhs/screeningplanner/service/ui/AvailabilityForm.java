package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.PartOfDay;

/** One leave or preference entry: dates, which half of the day, what kind, and why. */
class AvailabilityForm extends EditorForm<Availability> {

  AvailabilityForm(boolean editable) {
    super(Availability.class, "availability", "availability entry", editable);
    FieldFactory<Availability> f = fields();
    var start = f.requiredDate("startDate", "From");
    var end = f.requiredDate("endDate", "To (inclusive)");
    DateFields.endNotBeforeStart(start, end);
    var part = f.select("partOfDay", "Part of day", PartOfDay.values(), PartOfDay::label);
    var kind = f.select("kind", "Kind", AvailabilityKind.values(), AvailabilityKind::label);
    kind.setHelperText("Unavailable is never broken by a plan; the others are preferences");
    var reason = f.text("reason", "Reason");
    reason.setHelperText("Optional, e.g. annual leave or training");
    FormLayout layout = new FormLayout(start, end, part, kind, reason);
    layout.setColspan(reason, 2);
    addContent(layout);
  }
}
