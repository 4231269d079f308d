package uk.nhs.screeningplanner.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Optional;
import java.util.function.BiConsumer;
import uk.nhs.screeningplanner.roster.RosterCell;
import uk.nhs.screeningplanner.roster.domain.Dates;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;

/** Set one session's role by hand and pin it, so the solver keeps it. */
final class ShiftDialog extends Dialog {

  static final String NOT_READING = "Not reading";

  ShiftDialog(String reader, RosterCell cell, BiConsumer<Optional<ReadingRole>, Boolean> save) {
    setHeaderTitle(
        reader + ", " + Dates.show(cell.date()) + " " + cell.part().label().toLowerCase());
    setId("cell-dialog");
    RadioButtonGroup<String> role = new RadioButtonGroup<>("Role in this session");
    role.setId("cell-role");
    role.setItems(
        ReadingRole.FIRST_READ.label(),
        ReadingRole.SECOND_READ.label(),
        ReadingRole.ARBITRATION.label(),
        NOT_READING);
    role.setValue(cell.role() == null ? NOT_READING : cell.role().label());
    Checkbox pinned = new Checkbox("Pin: the solver keeps this session as it is", true);
    pinned.setId("cell-pinned");
    pinned.setValue(true);
    Paragraph help =
        new Paragraph(
            cell.unavailable()
                ? "This reader is unavailable in this session: rostering them breaks a hard rule."
                : "Solve again afterwards to plan the rest of the roster around this session.");
    help.addClassName("page-help");
    Button ok =
        new Button(
            "Save",
            e -> {
              save.accept(roleOf(role.getValue()), pinned.getValue());
              close();
            });
    ok.setId("cell-save");
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Cancel", e -> close());
    add(role, pinned, help);
    getFooter().add(cancel, ok);
  }

  static Optional<ReadingRole> roleOf(String label) {
    for (ReadingRole r : ReadingRole.values()) {
      if (r.label().equals(label)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
