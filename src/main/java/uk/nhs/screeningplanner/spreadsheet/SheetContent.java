package uk.nhs.screeningplanner.spreadsheet;

import java.util.List;

/**
 * A sheet to write: its layout and its rows in order (none for a template).
 *
 * @param layout the sheet's layout
 * @param rows the rows, written from row 2
 */
public record SheetContent(SheetLayout layout, List<Row> rows) {}
