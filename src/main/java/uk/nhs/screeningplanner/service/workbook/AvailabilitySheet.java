package uk.nhs.screeningplanner.service.workbook;

import static uk.nhs.screeningplanner.service.workbook.ServiceColumn.SERVICE;

import java.time.LocalDate;
import java.util.List;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.PartOfDay;
import uk.nhs.screeningplanner.spreadsheet.Column;
import uk.nhs.screeningplanner.spreadsheet.SheetLayout;
import uk.nhs.screeningplanner.spreadsheet.ValueTypes;

/**
 * The Availability sheet: leave and preferences, by staff member and dates. A row is identified by
 * all its values, and identical rows may repeat (as the forms allow), so an edited row shows as one
 * removed and one added.
 */
final class AvailabilitySheet {

  static final Column<String> STAFF =
      Column.required(
          "Staff code", ValueTypes.code("M01"), "The person's code from the Staff" + " sheet.");
  static final Column<LocalDate> START =
      Column.required("Start date", ValueTypes.date(), "First day.");
  static final Column<LocalDate> END =
      Column.required("End date", ValueTypes.date(), "Last day; on or after the start date.");
  static final Column<PartOfDay> PART =
      Column.optional(
              "Part of day",
              ValueTypes.choice("part of day", PartOfDay.class, PartOfDay::label),
              "AM, PM or ALL_DAY. Empty means ALL_DAY. One person may not have"
                  + " two rows with the same dates and part of day.")
          .width(13);
  static final Column<AvailabilityKind> KIND =
      Column.optional(
              "Kind",
              ValueTypes.choice(
                  "availability kind", AvailabilityKind.class, AvailabilityKind::label),
              "UNAVAILABLE (leave: never planned), UNDESIRED (prefers"
                  + " not) or DESIRED (prefers to work). Empty means UNAVAILABLE.")
          .width(15);
  static final Column<String> REASON =
      Column.optional(
              "Reason", ValueTypes.text(), "Why, e.g. Annual leave. At most 200" + " characters.")
          .width(28);

  static final SheetLayout LAYOUT =
      new SheetLayout(
          "Availability",
          "Staff leave and preferences over date ranges, for the morning, afternoon or all day.",
          true,
          2,
          List.of(SERVICE, STAFF, START, END, PART, KIND, REASON));

  static final EntitySheet<Availability> SHEET =
      new EntitySheet<>(
          LAYOUT,
          SERVICE,
          a -> a.getStaff().getService(),
          List.of(
              Field.fixed(STAFF, "staff", a -> a.getStaff().getStaffCode()),
              Field.fixed(START, "startDate", Availability::getStartDate),
              Field.fixed(END, "endDate", Availability::getEndDate),
              Field.fixed(PART, "partOfDay", Availability::getPartOfDay),
              Field.fixed(KIND, "kind", Availability::getKind),
              Field.fixed(REASON, "reason", Availability::getReason)),
          List.of(STAFF, START, END, PART, KIND, REASON),
          (service, row, refs) ->
              new Availability(
                  refs.staff(row.get(STAFF)),
                  row.get(START),
                  row.get(END),
                  row.get(PART) == null ? PartOfDay.ALL_DAY : row.get(PART),
                  row.get(KIND) == null ? AvailabilityKind.UNAVAILABLE : row.get(KIND),
                  row.get(REASON)),
          true);

  private AvailabilitySheet() {}
}
