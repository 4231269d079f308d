package uk.nhs.screeningplanner.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Turns a streamed sheet into typed rows. The first row holding anything is the header row; columns
 * are found by heading, in any order. Blank rows are skipped wherever they are. Every problem names
 * the sheet, the row, the column heading, the value and what was expected.
 */
final class SheetParser implements RowListener {

  private final SheetLayout layout;
  private final Problems problems;
  private final List<SourceRow> rows = new ArrayList<>();
  private final Map<Integer, Column<?>> columnsByIndex = new HashMap<>();
  private final Set<Integer> warnedColumns = new HashSet<>();
  private boolean headerSeen;
  private int formulas;

  SheetParser(SheetLayout layout, Problems problems) {
    this.layout = layout;
    this.problems = problems;
  }

  static String normalised(String heading) {
    return heading.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  List<SourceRow> rows() {
    return rows;
  }

  /** Reports what can only be known at the end: missing columns, an empty sheet, formulas. */
  void finish() {
    if (!headerSeen) {
      problems.error(
          layout.name(),
          null,
          null,
          null,
          "the sheet is empty; expected a header row with " + headings(layout.columns()));
      return;
    }
    if (formulas > 0) {
      problems.add(
          Problem.warning(
              layout.name(),
              null,
              null,
              formulas + " cells hold formulas; the results Excel saved with the file were used"));
    }
  }

  @Override
  public void row(int rowNumber, List<CellValue> cells) {
    if (!headerSeen) {
      readHeader(rowNumber, cells);
      headerSeen = true;
      return;
    }
    Row.Builder values = Row.builder();
    Set<Column<?>> failed = new HashSet<>();
    boolean anyValue = false;
    for (int i = 0; i < cells.size(); i++) {
      CellValue cell = cells.get(i);
      Column<?> column = columnsByIndex.get(i);
      if (cell.isBlank()) {
        continue;
      }
      if (column == null) {
        warnUnnamedColumn(i);
        continue;
      }
      anyValue = true;
      formulas += cell.formula() ? 1 : 0;
      if (!parseInto(values, column, cell, rowNumber)) {
        failed.add(column);
      }
    }
    if (anyValue) {
      Row row = values.build();
      checkRequired(row, failed, rowNumber);
      rows.add(new SourceRow(layout, rowNumber, row, Set.copyOf(failed)));
    }
  }

  private <T> boolean parseInto(Row.Builder values, Column<T> column, CellValue cell, int row) {
    try {
      switch (cell.kind()) {
        case ERROR ->
            throw new ValueProblem(
                "is an Excel error, not a value; correct the formula or type "
                    + column.type().expected());
        case NO_RESULT ->
            throw new ValueProblem(
                "is a formula Excel has never calculated, so it has no value; open the file in Excel,"
                    + " let it calculate and save it, or type the value");
        default -> values.put(column, column.type().parse(cell));
      }
      return true;
    } catch (ValueProblem problem) {
      String value = problem.value() != null ? problem.value() : cell.shown();
      problems.error(
          layout.name(),
          row,
          column.header(),
          value.isEmpty() ? null : value,
          problem.getMessage());
      return false;
    }
  }

  private void checkRequired(Row row, Set<Column<?>> failed, int rowNumber) {
    for (Column<?> column : layout.columns()) {
      if (column.required()
          && !row.has(column)
          && !failed.contains(column)
          && columnsByIndex.containsValue(column)) {
        problems.error(
            layout.name(),
            rowNumber,
            column.header(),
            null,
            "is empty, but this column is required; expected " + column.type().expected());
      }
    }
  }

  private void readHeader(int rowNumber, List<CellValue> cells) {
    Map<String, Column<?>> known = new HashMap<>();
    layout.columns().forEach(c -> known.put(normalised(c.header()), c));
    Map<Column<?>, Integer> seen = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String heading = cells.get(i).shown();
      if (heading.isBlank()) {
        continue;
      }
      Column<?> column = known.get(normalised(heading));
      if (column == null) {
        warnedColumns.add(i);
        problems.add(
            Problem.warning(
                layout.name(),
                null,
                heading,
                "is not a column of this sheet (column "
                    + letter(i)
                    + "); its values are ignored"));
      } else if (seen.containsKey(column)) {
        problems.error(
            layout.name(),
            rowNumber,
            heading,
            null,
            "appears twice (columns "
                + letter(seen.get(column))
                + " and "
                + letter(i)
                + "); keep one of them");
      } else {
        seen.put(column, i);
        columnsByIndex.put(i, column);
      }
    }
    for (Column<?> column : layout.columns()) {
      if (column.required() && !seen.containsKey(column)) {
        problems.error(
            layout.name(),
            null,
            column.header(),
            null,
            "is missing: the header row (row "
                + rowNumber
                + ") has no such heading, and this"
                + " column is required. The columns of this sheet are "
                + headings(layout.columns()));
      }
    }
  }

  private void warnUnnamedColumn(int index) {
    if (warnedColumns.add(index)) {
      problems.add(
          Problem.warning(
              layout.name(),
              null,
              null,
              "column " + letter(index) + " has values but no heading; its values are ignored"));
    }
  }

  @Override
  public void merged(String range) {
    CellRangeAddress cells = CellRangeAddress.valueOf(range);
    problems.error(
        layout.name(),
        cells.getFirstRow() + 1,
        null,
        null,
        "cells "
            + range
            + " are merged; unmerge them (Home > Merge & Center) so each value"
            + " sits in its own cell");
  }

  private static String letter(int index) {
    return CellReference.convertNumToColString(index);
  }

  private static String headings(List<Column<?>> columns) {
    return columns.stream().map(c -> "'" + c.header() + "'").collect(Collectors.joining(", "));
  }
}
