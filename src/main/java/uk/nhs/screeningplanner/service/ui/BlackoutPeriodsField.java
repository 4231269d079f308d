package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.screeningplanner.service.BlackoutPeriod;

/** A small editable list of a site's blackout periods: start, end and reason per row. */
class BlackoutPeriodsField extends CustomField<List<BlackoutPeriod>> {

  private final Div rows = new Div();
  private final Button add = new Button("Add blackout period", VaadinIcon.PLUS.create());
  private final Span empty = new Span("No blackout periods: the site can be used on any date.");
  private final List<Row> current = new ArrayList<>();

  BlackoutPeriodsField() {
    setLabel("Blackout periods");
    setHelperText("Dates the site cannot host screening, e.g. a car park at Christmas");
    rows.addClassName("blackout-rows");
    empty.addClassName("blackout-empty");
    add.setId("site-blackouts-add");
    add.addThemeVariants(ButtonVariant.LUMO_SMALL);
    add.addClickListener(
        e -> {
          addRow(new BlackoutPeriod(null, null, null));
          updateValue();
        });
    add(rows, empty, add);
  }

  @Override
  protected List<BlackoutPeriod> generateModelValue() {
    return current.stream().map(Row::value).toList();
  }

  @Override
  protected void setPresentationValue(List<BlackoutPeriod> periods) {
    rows.removeAll();
    current.clear();
    if (periods != null) {
      periods.forEach(this::addRow);
    }
    empty.setVisible(current.isEmpty());
  }

  @Override
  public void setReadOnly(boolean readOnly) {
    super.setReadOnly(readOnly);
    add.setVisible(!readOnly);
    current.forEach(row -> row.setReadOnly(readOnly));
  }

  private void addRow(BlackoutPeriod period) {
    Row row = new Row(current.size() + 1, period);
    row.setReadOnly(isReadOnly());
    current.add(row);
    rows.add(row);
    empty.setVisible(false);
  }

  private void remove(Row row) {
    List<BlackoutPeriod> rest = new ArrayList<>(generateModelValue());
    rest.remove(current.indexOf(row));
    setPresentationValue(rest);
    updateValue();
  }

  /** One period: start and end date pickers, a reason and a remove button. */
  private final class Row extends HorizontalLayout {
    private final DatePicker start = DateFields.ukDatePicker("Start");
    private final DatePicker end = DateFields.ukDatePicker("End");
    private final TextField reason = new TextField("Reason");
    private final Button remove = new Button(VaadinIcon.TRASH.create());

    Row(int number, BlackoutPeriod period) {
      addClassName("blackout-row");
      setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
      start.setValue(period.startDate());
      end.setValue(period.endDate());
      reason.setValue(period.reason() == null ? "" : period.reason());
      start.setId("site-blackout-" + number + "-start");
      end.setId("site-blackout-" + number + "-end");
      reason.setId("site-blackout-" + number + "-reason");
      start.setWidth("10em");
      end.setWidth("10em");
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      remove.setAriaLabel("Remove blackout period " + number);
      remove.addClickListener(e -> BlackoutPeriodsField.this.remove(this));
      DateFields.endNotBeforeStart(start, end);
      start.addValueChangeListener(e -> updateValue());
      end.addValueChangeListener(e -> updateValue());
      reason.addValueChangeListener(e -> updateValue());
      add(start, end, reason, remove);
      setFlexGrow(1, reason);
    }

    BlackoutPeriod value() {
      String text = reason.getValue().isBlank() ? null : reason.getValue().trim();
      LocalDate from = start.getValue();
      return new BlackoutPeriod(from, end.getValue(), text);
    }

    void setReadOnly(boolean readOnly) {
      start.setReadOnly(readOnly);
      end.setReadOnly(readOnly);
      reason.setReadOnly(readOnly);
      remove.setVisible(!readOnly);
    }
  }
}
