package uk.nhs.screeningplanner.forecast.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import uk.nhs.screeningplanner.forecast.Scenario;
import uk.nhs.screeningplanner.forecast.data.ForecastData;
import uk.nhs.screeningplanner.shared.UserMessages;

/**
 * The what-if form: readers added or taken away, a unit out of service for a date range, the AI
 * second reader from a date, extra evening screening sessions. Applied to a copy of the inputs and
 * shown beside the baseline; not saved.
 */
final class ScenarioForm extends Div {

  private final TextField name = new TextField("Scenario name");
  private final IntegerField readers = new IntegerField("Readers added (negative to remove)");
  private final IntegerField sessions = new IntegerField("Reading sessions a week each");
  private final Select<ForecastData.Unit> unit = new Select<>();
  private final DatePicker outFrom = new DatePicker("Out from");
  private final DatePicker outTo = new DatePicker("Out until");
  private final DatePicker aiFrom = new DatePicker("AI second reader from");
  private final IntegerField evening = new IntegerField("Extra evening screening sessions a week");

  ScenarioForm(Consumer<Scenario> apply, Runnable clear) {
    setId("forecast-scenario");
    setWidthFull();
    name.setId("scenario-name");
    name.setValue("What if");
    name.setMaxLength(80);
    readers.setId("scenario-readers");
    readers.setValue(0);
    readers.setStepButtonsVisible(true);
    sessions.setId("scenario-sessions");
    sessions.setValue(8);
    sessions.setMin(1);
    sessions.setMax(10);
    unit.setId("scenario-unit");
    unit.setLabel("Take a unit out of service");
    unit.setEmptySelectionAllowed(true);
    unit.setEmptySelectionCaption("None");
    unit.setItemLabelGenerator(u -> u == null ? "None" : u.name() + " (" + u.code() + ")");
    outFrom.setId("scenario-out-from");
    outTo.setId("scenario-out-to");
    aiFrom.setId("scenario-ai-from");
    aiFrom.setHelperText("Empty: as in the settings");
    evening.setId("scenario-evening");
    evening.setValue(0);
    evening.setMin(0);
    java.util.stream.Stream.of(outFrom, outTo, aiFrom).forEach(d -> d.setLocale(Locale.UK));
    FormLayout layout =
        new FormLayout(name, readers, sessions, evening, unit, outFrom, outTo, aiFrom);
    layout.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
    Button show = ForecastView.primary("Show beside the baseline");
    show.setId("scenario-apply");
    show.addClickListener(
        e -> {
          if (readers.isInvalid() || sessions.isInvalid() || evening.isInvalid()) {
            UserMessages.showProblem(
                new uk.nhs.screeningplanner.shared.ValidationException(
                    "Check the highlighted fields: whole numbers only"));
            return;
          }
          apply.accept(scenario());
        });
    Button reset = new Button("Clear", e -> clear.run());
    reset.setId("scenario-clear");
    Paragraph help =
        new Paragraph(
            "A scenario changes a copy of today's inputs and is shown beside the baseline; the"
                + " clinic schedule, roster and reference data are never touched. Scenarios are"
                + " not saved.");
    help.addClassName("page-help");
    add(help, layout, new HorizontalLayout(show, reset));
  }

  void setUnits(List<ForecastData.Unit> units) {
    ForecastData.Unit chosen = unit.getValue();
    unit.setItems(units);
    if (chosen != null && units.contains(chosen)) {
      unit.setValue(chosen);
    }
  }

  Scenario scenario() {
    ForecastData.Unit out = unit.getValue();
    return new Scenario(
        name.getValue().trim(),
        readers.getValue() == null ? 0 : readers.getValue(),
        sessions.getValue() == null ? 0 : sessions.getValue(),
        out == null ? null : out.id(),
        outFrom.getValue(),
        outTo.getValue(),
        aiFrom.getValue(),
        evening.getValue() == null ? 0 : evening.getValue());
  }
}
