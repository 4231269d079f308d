package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.nhs.screeningplanner.planning.Booking;
import uk.nhs.screeningplanner.planning.StaffBookings;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.PartOfDay;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.StaffService;

/**
 * One person's week across every plan (issue #12): for each weekday morning and afternoon, their
 * leave, the clinic sessions and reading sessions the plans in force book, and what drafts would
 * add. Two bookings of one half-day, or a booking on leave, are shown in red.
 */
class PersonWeekPanel extends VerticalLayout {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd/MM", Locale.UK);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A half-day row of the week: AM or PM, with the text of each weekday's cell. */
  record HalfDayRow(String label, List<List<String>> days, List<Boolean> clash) {}

  private final StaffBookings bookings;
  private final StaffService staff;
  private final long serviceId;
  private final H3 title = new H3();
  private final Grid<HalfDayRow> grid = new Grid<>();
  private StaffMember person;
  private LocalDate monday;

  PersonWeekPanel(StaffBookings bookings, StaffService staff, long serviceId, LocalDate today) {
    this.bookings = bookings;
    this.staff = staff;
    this.serviceId = serviceId;
    this.monday = today.with(DayOfWeek.MONDAY);
    setId("staff-week");
    setPadding(false);
    Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> move(-1));
    previous.setAriaLabel("Previous week");
    previous.setId("staff-week-previous");
    Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> move(1));
    next.setAriaLabel("Next week");
    next.setId("staff-week-next");
    for (Button b : List.of(previous, next)) {
      b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    }
    HorizontalLayout head = new HorizontalLayout(previous, title, next);
    head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    grid.setId("staff-week-grid");
    grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.setSelectionMode(Grid.SelectionMode.NONE);
    add(
        head,
        new Paragraph(
            "Where this person is booked by every plan: the clinic schedule and the reader roster"
                + " in force (published), what their drafts would add, and leave. A half-day is"
                + " booked once across all plans; a clash is shown in red."),
        grid);
  }

  void show(StaffMember member) {
    this.person = member;
    render();
  }

  private void move(int weeks) {
    monday = monday.plusWeeks(weeks);
    render();
  }

  private void render() {
    if (person == null || person.getId() == null) {
      return;
    }
    title.setText(person.getName() + ": week beginning " + DATE.format(monday));
    LocalDate friday = monday.plusDays(4);
    List<Booking> booked =
        bookings.all(serviceId, monday, friday).stream()
            .filter(b -> b.staffId() == person.getId())
            .toList();
    List<Availability> leave =
        staff.availabilityOf(person).stream()
            .filter(a -> a.getKind() == AvailabilityKind.UNAVAILABLE)
            .filter(a -> !a.getEndDate().isBefore(monday) && !a.getStartDate().isAfter(friday))
            .toList();
    grid.removeAllColumns();
    grid.addColumn(HalfDayRow::label).setHeader("").setWidth("4em").setFlexGrow(0);
    for (int d = 0; d < 5; d++) {
      int day = d;
      grid.addColumn(new ComponentRenderer<Div, HalfDayRow>(row -> cell(row, day)))
          .setHeader(DAY.format(monday.plusDays(d)))
          .setTextAlign(ColumnTextAlign.START);
    }
    grid.setItems(row("AM", true, booked, leave), row("PM", false, booked, leave));
  }

  private HalfDayRow row(
      String label, boolean morning, List<Booking> booked, List<Availability> leave) {
    List<List<String>> days = new ArrayList<>();
    List<Boolean> clash = new ArrayList<>();
    for (int d = 0; d < 5; d++) {
      LocalDate date = monday.plusDays(d);
      List<String> lines = new ArrayList<>();
      int inForce = 0;
      boolean away = false;
      for (Availability a : leave) {
        if (!date.isBefore(a.getStartDate())
            && !date.isAfter(a.getEndDate())
            && covers(a.getPartOfDay(), morning)) {
          lines.add("Away: " + (a.getReason() == null ? "unavailable" : a.getReason()));
          away = true;
        }
      }
      for (Booking b : booked) {
        if (b.date().equals(date) && b.morning() == morning) {
          lines.add(capitalise(b.reason()));
          inForce += b.published() ? 1 : 0;
        }
      }
      days.add(lines);
      clash.add(inForce > 1 || (away && inForce > 0));
    }
    return new HalfDayRow(label, days, clash);
  }

  private static Div cell(HalfDayRow row, int day) {
    Div div = new Div();
    div.addClassName("person-week-cell");
    List<String> lines = row.days().get(day);
    if (lines.isEmpty()) {
      div.add(new Span("Free"));
      div.addClassName("free");
    }
    for (String line : lines) {
      Div item = new Div(new Span(line));
      if (line.contains("(draft ")) {
        item.addClassName("draft");
      }
      div.add(item);
    }
    if (row.clash().get(day)) {
      div.addClassName("clash");
      div.add(new Div(new Span("Clash: booked twice")));
    }
    return div;
  }

  private static boolean covers(PartOfDay part, boolean morning) {
    return part == PartOfDay.ALL_DAY || (part == PartOfDay.AM) == morning;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
