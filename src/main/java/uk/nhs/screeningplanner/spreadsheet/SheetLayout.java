package uk.nhs.screeningplanner.spreadsheet;

import java.util.List;

/**
 * One sheet of a workbook format: its tab name, what it is for, and its columns in order.
 *
 * @param name the tab name
 * @param purpose one or two sentences for the read-me sheet
 * @param required whether a workbook without this sheet is refused
 * @param frozenColumns how many left-hand columns stay in view when scrolling sideways
 * @param columns the columns, in the order they are written
 */
public record SheetLayout(
    String name, String purpose, boolean required, int frozenColumns, List<Column<?>> columns) {

  public SheetLayout {
    columns = List.copyOf(columns);
  }
}
