package uk.nhs.screeningplanner.clinic.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import uk.nhs.screeningplanner.clinic.PositionView;
import uk.nhs.screeningplanner.clinic.SessionView;

/** Each person's week: a row per person, a column per half-day, where they are and in what role. */
class PeopleWeekPanel extends VerticalLayout {

  record PersonWeek(
      String name, Map<String, String> cells, Map<String, Boolean> van, int sessions) {}

  private final WeekSelect week = new WeekSelect("clinic-people-week", this::render);
  private final TextField filter = new TextField("Person");
  private final Grid<PersonWeek> grid = new Grid<>();
  private List<SessionView> sessions = List.of();

  PeopleWeekPanel() {
    setPadding(false);
    filter.setId("clinic-person-filter");
    filter.setPlaceholder("Part of a name");
    filter.setValueChangeMode(ValueChangeMode.LAZY);
    filter.addValueChangeListener(e -> render());
    grid.setId("clinic-people-grid");
    grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    add(new HorizontalLayout(week, filter), grid);
  }

  void show(List<SessionView> all) {
    this.sessions = all;
    week.offer(all);
    render();
  }

  private void render() {
    grid.removeAllColumns();
    LocalDate monday = week.getValue();
    if (monday == null) {
      grid.setItems(List.of());
      return;
    }
    grid.addColumn(PersonWeek::name)
        .setHeader("Person")
        .setFrozen(true)
        .setWidth("190px")
        .setFlexGrow(0);
    grid.addColumn(PersonWeek::sessions).setHeader("Sessions").setWidth("90px").setFlexGrow(0);
    for (int d = 0; d < 5; d++) {
      LocalDate day = monday.plusDays(d);
      for (String half : List.of("AM", "PM")) {
        String key = day + " " + half;
        grid.addColumn(
                new ComponentRenderer<Span, PersonWeek>(
                    p -> {
                      Span span = new Span(p.cells().getOrDefault(key, ""));
                      span.addClassName("person-cell");
                      if (Boolean.TRUE.equals(p.van().get(key))) {
                        span.addClassName("van");
                      }
                      return span;
                    }))
            .setHeader(PlanText.DAY.format(day) + " " + half)
            .setWidth("130px");
      }
    }
    grid.setItems(people(monday));
  }

  private List<PersonWeek> people(LocalDate monday) {
    String wanted =
        filter.getValue() == null ? "" : filter.getValue().toLowerCase(Locale.ROOT).strip();
    Map<String, PersonWeek> people = new TreeMap<>();
    for (SessionView s : sessions) {
      if (!s.date().with(DayOfWeek.MONDAY).equals(monday)) {
        continue;
      }
      for (PositionView p : s.positions()) {
        if (p.staffName() == null || !p.staffName().toLowerCase(Locale.ROOT).contains(wanted)) {
          continue;
        }
        PersonWeek w =
            people.computeIfAbsent(
                p.staffName(), n -> new PersonWeek(n, new HashMap<>(), new HashMap<>(), 0));
        String key = s.date() + " " + s.half();
        w.cells()
            .merge(
                key,
                SessionCell.shortLabel(p.position()) + " · " + where(s),
                (a, b) -> a + " + " + b);
        w.van().put(key, s.van());
        people.put(p.staffName(), new PersonWeek(w.name(), w.cells(), w.van(), w.sessions() + 1));
      }
    }
    return List.copyOf(people.values());
  }

  /** A van at its pitch, a room by its name (which names its site), a clinic at its site. */
  private static String where(SessionView s) {
    if (s.kind() == uk.nhs.screeningplanner.clinic.SessionKind.ASSESSMENT) {
      return "Assessment, " + s.siteName();
    }
    return s.van() ? s.unitName() + ", " + s.siteName() : s.unitName();
  }
}
