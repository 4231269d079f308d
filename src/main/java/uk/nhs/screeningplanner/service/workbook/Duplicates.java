package uk.nhs.screeningplanner.service.workbook;

import java.util.ArrayList;
import java.util.List;
import uk.nhs.screeningplanner.spreadsheet.Column;
import uk.nhs.screeningplanner.spreadsheet.Row;

/** Words for a row's identity, to say which two rows clash. */
final class Duplicates {

  private Duplicates() {}

  /** E.g. "the same Staff code, Start date, End date and Part of day (M01, 01/12/2026, …)". */
  static String describe(EntitySheet<?> sheet, List<Object> key) {
    List<String> headers = new ArrayList<>();
    List<String> values = new ArrayList<>();
    Row.Builder row = Row.builder();
    for (int i = 0; i < key.size(); i++) {
      put(row, sheet.keyColumns().get(i), key.get(i));
    }
    Row keyRow = row.build();
    for (Column<?> column : sheet.keyColumns()) {
      headers.add(column.header());
      values.add(keyRow.has(column) ? keyRow.describe(column) : "empty");
    }
    return "the same " + join(headers) + " (" + String.join(", ", values) + ")";
  }

  @SuppressWarnings("unchecked")
  private static <T> void put(Row.Builder row, Column<T> column, Object value) {
    row.put(column, (T) value);
  }

  private static String join(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
  }
}
