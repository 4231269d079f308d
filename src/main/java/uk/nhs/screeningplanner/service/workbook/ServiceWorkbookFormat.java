package uk.nhs.screeningplanner.service.workbook;

import java.util.List;
import java.util.Set;
import uk.nhs.screeningplanner.spreadsheet.ReadMe;
import uk.nhs.screeningplanner.spreadsheet.SheetLayout;
import uk.nhs.screeningplanner.spreadsheet.SpreadsheetLimits;

/**
 * The service workbook: one .xlsx holding every planning input of one or more screening services.
 * The Settings sheet has a row per service; every other sheet starts with a Service column naming
 * the service by code, so a single-service file and a regional network's file share one format. The
 * sheets are listed here once, in the order they are written and applied.
 */
final class ServiceWorkbookFormat {

  static final String READ_ME = "Read me";

  /** Sheets in dependency order: a sheet refers only to sheets before it. */
  static final List<EntitySheet<?>> SHEETS =
      List.of(
          SettingsSheet.SHEET,
          SitesSheet.SHEET,
          BlackoutsSheet.SHEET,
          UnitsSheet.SHEET,
          PracticesSheet.SHEET,
          StaffSheet.SHEET,
          CalendarSheet.SHEET,
          AvailabilitySheet.SHEET,
          DemandSheet.SHEET);

  static final List<SheetLayout> LAYOUTS = SHEETS.stream().map(EntitySheet::layout).toList();

  static final Set<String> IGNORED_SHEETS = Set.of(READ_ME);

  static final ReadMe README =
      new ReadMe(
          READ_ME,
          "Screening Planner service workbook",
          List.of(
              "This workbook holds every planning input of one or more breast screening services."
                  + " Fill in one sheet per kind of record; keep the header row as it is.",
              "The Settings sheet has one row per service. Every other sheet names the service of"
                  + " each row in its Service column (it may be left empty when the workbook holds"
                  + " one service).",
              "Importing replaces the services named in the Settings sheet with what this workbook"
                  + " holds: rows are added or changed, and records of those services that are not"
                  + " in the workbook are removed. Other services are left alone. You see every"
                  + " change before anything is saved, and a file with any error changes nothing.",
              "Hover over a column heading for what to enter. Dates are day/month/year. Codes use"
                  + " capital letters, digits and hyphens. Hidden sheets, merged cells and"
                  + " formulas without saved results are refused.",
              limits(SpreadsheetLimits.standard())));

  private ServiceWorkbookFormat() {}

  private static String limits(SpreadsheetLimits limits) {
    return String.format(
        "Limits: %,d MB per file, %,d rows per sheet, %,d columns per sheet.",
        limits.maxFileMegabytes(), limits.maxDataRows(), limits.maxColumns());
  }
}
