package uk.nhs.screeningplanner.clinic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.nhs.screeningplanner.clinic.ClinicScheduleService;
import uk.nhs.screeningplanner.clinic.PositionView;
import uk.nhs.screeningplanner.clinic.SessionView;
import uk.nhs.screeningplanner.clinic.StaffOption;
import uk.nhs.screeningplanner.shared.UserMessages;

/** Who fills each position of one session, chosen by hand and pinned so the solver keeps it. */
class SessionDialog extends Dialog {

  private record Editor(PositionView position, ComboBox<StaffOption> staff, Checkbox pinned) {}

  private final ClinicScheduleService service;
  private final Runnable reload;
  private final List<Editor> editors = new ArrayList<>();

  SessionDialog(ClinicScheduleService service, SessionView s, boolean editable, Runnable reload) {
    this.service = service;
    this.reload = reload;
    setId("session-dialog");
    setHeaderTitle(
        s.rowLabel()
            + ", "
            + s.siteName()
            + " · "
            + PlanText.DATE.format(s.date())
            + " "
            + s.half());
    VerticalLayout body = new VerticalLayout();
    body.setPadding(false);
    body.add(
        new Paragraph(
            s.startTime()
                + "–"
                + s.endTime()
                + " · "
                + s.slots()
                + " slots · invite "
                + s.invitations()
                + " women"
                + (s.runs() ? "" : " · cannot run: a required position is empty")));
    for (PositionView p : s.positions()) {
      body.add(row(p, editable));
    }
    add(body);
    Button close = new Button("Close", e -> close());
    close.setId("session-close");
    if (editable) {
      Button save = new Button("Save", e -> save());
      save.setId("session-save");
      save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      getFooter().add(close, save);
    } else {
      getFooter().add(close);
    }
  }

  private HorizontalLayout row(PositionView p, boolean editable) {
    ComboBox<StaffOption> staff =
        new ComboBox<>(p.position().label() + (p.position().required() ? "" : " (optional)"));
    staff.setId("session-staff-" + p.position().name());
    List<StaffOption> options = service.staffFor(p.position());
    staff.setItems(options);
    staff.setItemLabelGenerator(o -> o.name() + " (" + o.skills() + ")");
    staff.setClearButtonVisible(true);
    staff.setPlaceholder("Nobody");
    staff.setWidth("26em");
    options.stream()
        .filter(o -> Objects.equals(o.id(), p.staffId()))
        .findFirst()
        .ifPresent(staff::setValue);
    if (p.publishedStaffName() != null) {
      staff.setHelperText("Published: " + p.publishedStaffName());
    }
    Checkbox pinned = new Checkbox("Pinned", p.pinned());
    pinned.setId("session-pin-" + p.position().name());
    staff.setReadOnly(!editable);
    pinned.setReadOnly(!editable);
    staff.addValueChangeListener(e -> pinned.setValue(true));
    editors.add(new Editor(p, staff, pinned));
    HorizontalLayout row = new HorizontalLayout(staff, pinned);
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    return row;
  }

  private void save() {
    try {
      for (Editor e : editors) {
        Long chosen = e.staff().getValue() == null ? null : e.staff().getValue().id();
        boolean pin = e.pinned().getValue();
        if (!Objects.equals(chosen, e.position().staffId()) || pin != e.position().pinned()) {
          service.assign(e.position().assignmentId(), e.position().version(), chosen, pin);
        }
      }
      UserMessages.showSaved("Session saved");
      close();
      reload.run();
    } catch (RuntimeException ex) {
      UserMessages.showProblem(ex);
      reload.run();
    }
  }
}
