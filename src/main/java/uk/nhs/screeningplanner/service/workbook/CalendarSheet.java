package uk.nhs.screeningplanner.service.workbook;

import static uk.nhs.screeningplanner.service.workbook.ServiceColumn.SERVICE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;
import uk.nhs.screeningplanner.spreadsheet.Column;
import uk.nhs.screeningplanner.spreadsheet.SheetLayout;
import uk.nhs.screeningplanner.spreadsheet.ValueTypes;

/** The Unit calendar sheet: which unit screens at which site over which dates. */
final class CalendarSheet {

  static final Column<String> UNIT =
      Column.required("Unit", ValueTypes.code("VAN1"), "The unit's code from the Units sheet.");
  static final Column<String> SITE =
      Column.required(
          "Site",
          ValueTypes.code("TESCO"),
          "Where it screens: a site code from the"
              + " Sites sheet. A static room screens only at its own site.");
  static final Column<LocalDate> START =
      Column.required(
          "Start date",
          ValueTypes.date(),
          "First day at the site. One unit's" + " entries may not overlap.");
  static final Column<LocalDate> END =
      Column.required(
          "End date",
          ValueTypes.date(),
          "Last day at the site; on or after the"
              + " start date, and outside the site's blackouts.");
  static final Column<Set<DayOfWeek>> DAYS =
      Column.optional(
          "Days",
          ValueTypes.choices(
              "day of the week",
              DayOfWeek.class,
              d -> d.getDisplayName(TextStyle.SHORT, Locale.UK)),
          "The days of the week the unit screens there, separated by commas (MONDAY or Mon), e.g."
              + " a room that also holds assessment clinics. Empty means Monday to Friday; list"
              + " SATURDAY for catch-up sessions.");
  static final Column<String> NOTE =
      Column.optional(
              "Note", ValueTypes.text(), "Anything worth knowing. At most 200" + " characters.")
          .width(36);

  static final SheetLayout LAYOUT =
      new SheetLayout(
          "Unit calendar",
          "The unit rota the service already keeps: which unit is at which site over which dates.",
          true,
          2,
          List.of(SERVICE, UNIT, SITE, START, END, DAYS, NOTE));

  static final EntitySheet<UnitCalendarEntry> SHEET =
      new EntitySheet<>(
          LAYOUT,
          SERVICE,
          e -> e.getUnit().getService(),
          List.of(
              Field.fixed(UNIT, "unit", e -> e.getUnit().getCode()),
              new Field<>(
                  SITE,
                  "site",
                  e -> e.getSite() == null ? null : e.getSite().getCode(),
                  (e, code, refs) -> e.setSite(refs.site(code))),
              Field.fixed(START, "startDate", UnitCalendarEntry::getStartDate),
              Field.of(
                  END, "endDate", UnitCalendarEntry::getEndDate, UnitCalendarEntry::setEndDate),
              Field.of(
                  DAYS,
                  "weekdays",
                  e -> e.getWeekdays().isEmpty() ? null : Set.copyOf(e.getWeekdays()),
                  UnitCalendarEntry::setWeekdays),
              Field.of(NOTE, "note", UnitCalendarEntry::getNote, UnitCalendarEntry::setNote)),
          List.of(UNIT, START),
          (service, row, refs) ->
              new UnitCalendarEntry(
                  refs.unit(row.get(UNIT)),
                  refs.site(row.get(SITE)),
                  row.get(START),
                  row.get(END)));

  private CalendarSheet() {}
}
