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
import uk.nhs.screeningplanner.forecast.ForecastService;
import uk.nhs.screeningplanner.forecast.Scenario;
import uk.nhs.screeningplanner.forecast.data.ForecastData;
import uk.nhs.screeningplanner.shared.UserMessages;

/**
 * The what-if form: readers added or taken away, a unit out of service for a date range, the AI
 * second reader from a date, extra evening screening sessions. Applied to a copy of the inputs and
 * shown beside the baseline; saved by name when wanted.
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
  private final Select<ForecastService.SavedScenarioView> saved = new Select<>();

  ScenarioForm(ForecastService forecasts, Consumer<Scenario> apply, Runnable clear) {
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
    saved.setId("scenario-saved");
    saved.setLabel("Saved scenarios");
    saved.setPlaceholder("Choose one to load");
    saved.setWidth("24em");
    saved.setItemLabelGenerator(
        v ->
            v.scenario().name()
                + " (by "
                + v.author()
                + ", "
                + ForecastView.DATE.format(v.savedAt().atZone(java.time.ZoneId.systemDefault()))
                + ")");
    saved.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            load(e.getValue().scenario());
            apply.accept(e.getValue().scenario());
          }
        });
    Button save =
        new Button(
            "Save scenario",
            e -> {
              try {
                var view = forecasts.saveScenario(scenario());
                refreshSaved(forecasts);
                UserMessages.showSaved("Saved scenario '" + view.scenario().name() + "'");
              } catch (RuntimeException problem) {
                UserMessages.showProblem(problem);
              }
            });
    save.setId("scenario-save");
    Button delete =
        new Button(
            "Delete saved scenario",
            e -> {
              var chosen = saved.getValue();
              if (chosen == null) {
                UserMessages.showProblem(
                    new uk.nhs.screeningplanner.shared.ValidationException(
                        "Choose a saved scenario to delete"));
                return;
              }
              try {
                forecasts.deleteScenario(chosen.id());
                refreshSaved(forecasts);
                UserMessages.showSaved("Deleted scenario '" + chosen.scenario().name() + "'");
              } catch (RuntimeException problem) {
                UserMessages.showProblem(problem);
              }
            });
    delete.setId("scenario-delete");
    refreshSaved(forecasts);
    Paragraph help =
        new Paragraph(
            "A scenario changes a copy of today's inputs and is shown beside the baseline; the"
                + " clinic schedule, roster and reference data are never touched. Save it to keep"
                + " it: everyone can see saved scenarios; only their author can delete them.");
    help.addClassName("page-help");
    HorizontalLayout savedBar = new HorizontalLayout(saved, save, delete);
    savedBar.setDefaultVerticalComponentAlignment(
        com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
    add(help, savedBar, layout, new HorizontalLayout(show, reset));
  }

  private List<ForecastData.Unit> units = List.of();

  void setUnits(List<ForecastData.Unit> units) {
    this.units = units;
    ForecastData.Unit chosen = unit.getValue();
    unit.setItems(units);
    if (chosen != null && units.contains(chosen)) {
      unit.setValue(chosen);
    }
  }

  private void refreshSaved(ForecastService forecasts) {
    saved.setItems(forecasts.savedScenarios());
  }

  /** Fills the form with a saved scenario. */
  void load(Scenario s) {
    name.setValue(s.name());
    readers.setValue(s.readers());
    sessions.setValue(s.sessionsPerReader());
    evening.setValue(s.eveningSessions());
    outFrom.setValue(s.outFrom());
    outTo.setValue(s.outTo());
    aiFrom.setValue(s.aiFrom());
    ForecastData.Unit chosen = null;
    for (ForecastData.Unit u : units) {
      if (s.unitOutId() != null && u.id() == s.unitOutId()) {
        chosen = u;
      }
    }
    unit.setValue(chosen);
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
