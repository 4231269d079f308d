package uk.nhs.screeningplanner.spreadsheet;

import java.util.List;
import java.util.Map;

/**
 * What a workbook held: the rows of each sheet found, and every problem met while reading it.
 *
 * @param rows rows by sheet layout; a sheet that was missing has no entry
 * @param problems errors and warnings, errors first
 */
public record WorkbookContents(Map<SheetLayout, List<SourceRow>> rows, List<Problem> problems) {

  public List<SourceRow> rows(SheetLayout sheet) {
    return rows.getOrDefault(sheet, List.of());
  }

  public boolean has(SheetLayout sheet) {
    return rows.containsKey(sheet);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
