/**
 * Generic Excel (.xlsx) reading and writing on Apache POI that knows no feature: a streaming,
 * limit-checked reader that turns sheets into typed rows plus problems (sheet, row, column, value,
 * what was expected), and a writer that lays out the same columns with notes, drop-downs, date
 * formats and frozen headers. Features describe their sheets with {@link
 * uk.nhs.screeningplanner.spreadsheet.SheetLayout} and {@link
 * uk.nhs.screeningplanner.spreadsheet.Column}, defined once and used by reader, writer and
 * template.
 */
package uk.nhs.screeningplanner.spreadsheet;
