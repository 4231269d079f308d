package uk.nhs.screeningplanner.service.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.screeningplanner.spreadsheet.Row;

/**
 * Everything a workbook (or the database) holds for one service: for each sheet, the rows by their
 * identity within the service, in the order read. Rows are canonical: each is what the record it
 * describes would be written as, so rows from a file and rows from the database compare equal
 * exactly when nothing would change.
 *
 * @param code the service code
 * @param sheets rows by sheet, then by key
 */
record WorkbookService(String code, Map<EntitySheet<?>, Map<List<Object>, Row>> sheets) {

  static WorkbookService empty(String code) {
    Map<EntitySheet<?>, Map<List<Object>, Row>> sheets = new LinkedHashMap<>();
    ServiceWorkbookFormat.SHEETS.forEach(sheet -> sheets.put(sheet, new LinkedHashMap<>()));
    return new WorkbookService(code, sheets);
  }

  /** The key with the first repeat number not yet in the map: [values…, 0], [values…, 1], … */
  static List<Object> nextOccurrence(Map<List<Object>, ?> existing, List<Object> key) {
    List<Object> numbered = new ArrayList<>(key);
    numbered.add(0);
    for (int n = 1; existing.containsKey(numbered); n++) {
      numbered.set(key.size(), n);
    }
    return numbered;
  }

  Map<List<Object>, Row> rows(EntitySheet<?> sheet) {
    return sheets.get(sheet);
  }

  void put(EntitySheet<?> sheet, List<Object> key, Row row) {
    sheets.get(sheet).put(key, row);
  }

  int count(EntitySheet<?> sheet) {
    return sheets.get(sheet).size();
  }
}
