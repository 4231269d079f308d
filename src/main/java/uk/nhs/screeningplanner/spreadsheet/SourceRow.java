package uk.nhs.screeningplanner.spreadsheet;

import java.util.Set;

/**
 * A row read from a sheet, with the row number Excel shows so problems can point at it.
 *
 * @param sheet the sheet's layout
 * @param number the row number, from 1
 * @param values the values by column
 * @param failed columns whose cells could not be read (already reported), so later checks do not
 *     report them again as empty
 */
public record SourceRow(SheetLayout sheet, int number, Row values, Set<Column<?>> failed) {

  public SourceRow(SheetLayout sheet, int number, Row values) {
    this(sheet, number, values, Set.of());
  }

  public <T> T get(Column<T> column) {
    return values.get(column);
  }

  public boolean failed(Column<?> column) {
    return failed.contains(column);
  }
}
