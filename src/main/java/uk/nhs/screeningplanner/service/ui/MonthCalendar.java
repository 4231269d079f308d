package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.PartOfDay;

/**
 * A month of day cells, each split into a morning and an afternoon half coloured (and marked with a
 * symbol, so colour is not the only cue) by unavailable, prefers not or prefers to work.
 */
class MonthCalendar extends Div {

  private static final DateTimeFormatter DAY_NAME =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

  private final Consumer<LocalDate> onDayClick;

  /** {@code onDayClick} may be null when the user cannot add entries. */
  MonthCalendar(Consumer<LocalDate> onDayClick) {
    this.onDayClick = onDayClick;
    setId("availability-calendar");
    addClassName("month-calendar");
  }

  void show(YearMonth month, LocalDate today, List<Availability> entries) {
    removeAll();
    for (DayOfWeek weekday : DayOfWeek.values()) {
      Span name = new Span(weekday.getDisplayName(TextStyle.SHORT, Locale.UK));
      name.addClassName("month-weekday");
      add(name);
    }
    for (List<LocalDate> week : MonthGrid.weeks(month)) {
      week.forEach(day -> add(cell(day, month, today, entries)));
    }
  }

  private Div cell(LocalDate day, YearMonth month, LocalDate today, List<Availability> entries) {
    var am = MonthGrid.kindOn(entries, day, PartOfDay.AM);
    var pm = MonthGrid.kindOn(entries, day, PartOfDay.PM);
    Span number = new Span(String.valueOf(day.getDayOfMonth()));
    number.addClassName("month-day-number");
    Div cell = new Div(number, half("AM", am.orElse(null)), half("PM", pm.orElse(null)));
    cell.addClassName("month-day");
    cell.setId("availability-day-" + day);
    if (!YearMonth.from(day).equals(month)) {
      cell.addClassName("other-month");
    }
    if (day.equals(today)) {
      cell.addClassName("today");
    }
    String label =
        DAY_NAME.format(day)
            + ": morning "
            + words(am.orElse(null))
            + ", afternoon "
            + words(pm.orElse(null));
    cell.getElement().setAttribute("aria-label", label);
    cell.setTitle(label);
    if (onDayClick != null) {
      cell.getElement().setAttribute("role", "button");
      cell.getElement().setAttribute("tabindex", "0");
      cell.getElement().addEventListener("click", e -> onDayClick.accept(day));
      cell.getElement()
          .addEventListener("keydown", e -> onDayClick.accept(day))
          .setFilter("event.key === 'Enter' || event.key === ' '");
    }
    return cell;
  }

  private static Div half(String name, AvailabilityKind kind) {
    Div half = new Div(new Span(name), new Span(symbol(kind)));
    half.addClassNames(
        "month-half", kind == null ? "kind-free" : "kind-" + kind.name().toLowerCase(Locale.UK));
    return half;
  }

  static String symbol(AvailabilityKind kind) {
    if (kind == null) {
      return "";
    }
    return switch (kind) {
      case UNAVAILABLE -> "✕";
      case UNDESIRED -> "–";
      case DESIRED -> "✓";
    };
  }

  private static String words(AvailabilityKind kind) {
    return kind == null ? "free" : kind.label().toLowerCase(Locale.UK);
  }
}
