package uk.nhs.screeningplanner.service.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.nhs.screeningplanner.spreadsheet.Column;
import uk.nhs.screeningplanner.spreadsheet.Row;

/**
 * What importing one sheet of one service would do: rows to add, rows whose values change, and
 * stored records the workbook no longer has, which would be removed.
 *
 * @param sheet the sheet
 * @param service the service code
 * @param added keys of new rows
 * @param changed keys of rows whose values differ from the stored record
 * @param removed keys of stored records not in the workbook
 * @param unchanged how many rows are the same
 */
record SheetDiff(
    EntitySheet<?> sheet,
    String service,
    List<List<Object>> added,
    List<List<Object>> changed,
    List<List<Object>> removed,
    int unchanged) {

  static SheetDiff between(EntitySheet<?> sheet, WorkbookService incoming, WorkbookService stored) {
    Map<List<Object>, Row> now = incoming.rows(sheet);
    Map<List<Object>, Row> before = stored.rows(sheet);
    List<List<Object>> added = new ArrayList<>();
    List<List<Object>> changed = new ArrayList<>();
    int same = 0;
    for (var entry : now.entrySet()) {
      Row old = before.get(entry.getKey());
      if (old == null) {
        added.add(entry.getKey());
      } else if (old.equals(entry.getValue())) {
        same++;
      } else {
        changed.add(entry.getKey());
      }
    }
    List<List<Object>> removed =
        before.keySet().stream().filter(key -> !now.containsKey(key)).toList();
    return new SheetDiff(sheet, incoming.code(), added, changed, removed, same);
  }

  boolean isEmpty() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
  }

  /** One line per change, e.g. "Changed site HOSP (General Hospital): Rooms 3 → 4". */
  List<String> lines(WorkbookService incoming, WorkbookService stored, boolean withService) {
    List<String> lines = new ArrayList<>();
    String prefix = withService ? service + " " : "";
    added.forEach(k -> lines.add("Added " + prefix + label(k, incoming.rows(sheet).get(k))));
    for (List<Object> key : changed) {
      Row was = stored.rows(sheet).get(key);
      Row now = incoming.rows(sheet).get(key);
      String what =
          was.differences(now, sheet.layout().columns()).stream()
              .map(c -> c.header() + " " + was.describe(c) + " → " + now.describe(c))
              .collect(Collectors.joining("; "));
      lines.add("Changed " + prefix + label(key, now) + ": " + what);
    }
    removed.forEach(k -> lines.add("Removed " + prefix + label(k, stored.rows(sheet).get(k))));
    return lines;
  }

  private String label(List<Object> key, Row row) {
    List<String> parts = new ArrayList<>();
    for (Column<?> column : sheet.keyColumns()) {
      if (row.has(column)) {
        parts.add(row.describe(column));
      }
    }
    sheet.layout().columns().stream()
        .filter(c -> c.header().equals("Name") || c.header().equals("Service name"))
        .filter(row::has)
        .findFirst()
        .ifPresent(c -> parts.add("(" + row.describe(c) + ")"));
    return String.join(" ", parts);
  }
}
