package uk.nhs.screeningplanner.clinic.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.nhs.screeningplanner.clinic.ClinicScheduleService;
import uk.nhs.screeningplanner.clinic.SessionKind;
import uk.nhs.screeningplanner.clinic.SessionView;

/**
 * One week of sessions: a row per unit (or assessment clinic) and site, a column per half-day. A
 * cell lists the positions with names; click it to change who works there or pin it.
 */
class CalendarPanel extends VerticalLayout {

  /** A unit at a site, with its sessions by half-day key ("2026-11-30 AM"). */
  record CalendarRow(String label, Map<String, List<SessionView>> cells) {}

  private final ClinicScheduleService service;
  private final boolean mayEdit;
  private boolean editable;
  private final Runnable reload;
  private final WeekSelect week = new WeekSelect("clinic-week", this::render);
  private final Grid<CalendarRow> grid = new Grid<>();
  private List<SessionView> sessions = List.of();

  CalendarPanel(ClinicScheduleService service, boolean editable, Runnable reload) {
    this.service = service;
    this.mayEdit = editable;
    this.editable = editable;
    this.reload = reload;
    setPadding(false);
    grid.setId("clinic-calendar");
    grid.addClassName("clinic-grid");
    grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.setSelectionMode(Grid.SelectionMode.NONE);
    Paragraph booking =
        new Paragraph(
            "Invite = how many women to invite so the expected attendance fills the slots: slots ÷"
                + " expected attendance for the cohort mix of the site's practices (first call, previous"
                + " attenders, previous non-attenders), never more than slots × the booking cap in"
                + " Service settings.");
    booking.setId("clinic-booking-help");
    Div legend = new Div();
    legend.addClassName("clinic-legend");
    Span missing = new Span("UNFILLED: required, the session cannot run");
    missing.addClassName("missing");
    Span pinned = new Span("pinned: kept by the solver");
    pinned.addClassName("pinned");
    Span spare = new Span("Spare: no women to invite, not staffed");
    spare.addClassName("spare");
    legend.add(missing, pinned, spare, new Span(editable ? "Click a session to edit it." : ""));
    add(week, legend, grid, booking);
  }

  /** Shows these sessions; {@code draft} false shows the plan in force, which is read only. */
  void show(List<SessionView> all, boolean draft) {
    this.editable = mayEdit && draft;
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
    grid.addColumn(CalendarRow::label)
        .setHeader("Unit or clinic, site")
        .setFrozen(true)
        .setWidth("170px")
        .setFlexGrow(0);
    for (int d = 0; d < 5; d++) {
      LocalDate day = monday.plusDays(d);
      for (String half : List.of("AM", "PM")) {
        String key = day + " " + half;
        grid.addColumn(
                new ComponentRenderer<Component, CalendarRow>(row -> cell(row.cells().get(key))))
            .setHeader(PlanText.DAY.format(day) + " " + half)
            .setTextAlign(ColumnTextAlign.START)
            .setWidth("132px");
      }
    }
    grid.setItems(rows(monday));
  }

  private List<CalendarRow> rows(LocalDate monday) {
    Map<String, CalendarRow> rows = new TreeMap<>();
    for (SessionView s : sessions) {
      if (!s.date().with(DayOfWeek.MONDAY).equals(monday)) {
        continue;
      }
      boolean screening = s.kind() == SessionKind.SCREENING;
      String label = s.rowLabel() + (screening ? " · " + s.siteName() : "");
      // screening units first, assessment clinics last
      rows.computeIfAbsent(
              (screening ? "1" : "2") + label, k -> new CalendarRow(label, new LinkedHashMap<>()))
          .cells()
          .computeIfAbsent(s.date() + " " + s.half(), k -> new ArrayList<>())
          .add(s);
    }
    return new ArrayList<>(rows.values());
  }

  private Component cell(List<SessionView> here) {
    Div cell = new Div();
    if (here == null) {
      return cell;
    }
    for (SessionView s : here) {
      cell.add(SessionCell.of(s, () -> open(s)));
    }
    return cell;
  }

  private void open(SessionView session) {
    new SessionDialog(service, session, editable, reload).open();
  }
}
