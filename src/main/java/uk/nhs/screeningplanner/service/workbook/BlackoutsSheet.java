package uk.nhs.screeningplanner.service.workbook;

import static uk.nhs.screeningplanner.service.workbook.ServiceColumn.SERVICE;

import java.time.LocalDate;
import java.util.List;
import uk.nhs.screeningplanner.service.BlackoutPeriod;
import uk.nhs.screeningplanner.spreadsheet.Column;
import uk.nhs.screeningplanner.spreadsheet.SheetLayout;
import uk.nhs.screeningplanner.spreadsheet.ValueTypes;

/** The Site blackouts sheet: dates a site cannot host screening (domain.md §2.1). */
final class BlackoutsSheet {

  static final Column<String> SITE =
      Column.required("Site", ValueTypes.code("TESCO"), "The site's code from the Sites sheet.");
  static final Column<LocalDate> START =
      Column.required("Start date", ValueTypes.date(), "First day the site cannot be used.");
  static final Column<LocalDate> END =
      Column.required(
          "End date",
          ValueTypes.date(),
          "Last day the site cannot be used; on or" + " after the start date.");
  static final Column<String> REASON =
      Column.optional(
              "Reason",
              ValueTypes.text(),
              "Why, e.g. Christmas trading. At most 200" + " characters.")
          .width(36);

  static final SheetLayout LAYOUT =
      new SheetLayout(
          "Site blackouts",
          "Dates a site cannot host screening, e.g. a supermarket car park at Christmas. Two"
              + " blackouts of one site may not start on the same day.",
          true,
          2,
          List.of(SERVICE, SITE, START, END, REASON));

  static final EntitySheet<SiteBlackout> SHEET =
      new EntitySheet<>(
          LAYOUT,
          SERVICE,
          SiteBlackout::service,
          List.of(
              Field.fixed(SITE, "site", SiteBlackout::siteCode),
              Field.fixed(START, "startDate", b -> b.period().startDate()),
              Field.fixed(END, "endDate", b -> b.period().endDate()),
              Field.fixed(REASON, "reason", b -> b.period().reason())),
          List.of(SITE, START),
          (service, row, refs) ->
              new SiteBlackout(
                  service,
                  refs.site(row.get(SITE)),
                  row.get(SITE),
                  new BlackoutPeriod(row.get(START), row.get(END), row.get(REASON))));

  private BlackoutsSheet() {}
}
