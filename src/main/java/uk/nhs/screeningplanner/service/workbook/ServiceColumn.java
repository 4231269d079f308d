package uk.nhs.screeningplanner.service.workbook;

import uk.nhs.screeningplanner.spreadsheet.Column;
import uk.nhs.screeningplanner.spreadsheet.ValueTypes;

/** The first column of every sheet but Settings: which service the row belongs to. */
final class ServiceColumn {

  static final Column<String> SERVICE =
      Column.optional(
              "Service",
              ValueTypes.code("LDS"),
              "The code of the service this row belongs to, from the Settings sheet. May be left"
                  + " empty when the workbook holds only one service.")
          .width(10);

  private ServiceColumn() {}
}
