package uk.nhs.screeningplanner.service.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.spreadsheet.Row;

/**
 * One service as the database holds it: its records by sheet and key, and the same as canonical
 * rows, so it can be compared with a workbook, exported, or updated in place.
 */
final class StoredService {

  final ScreeningService service;
  private final Map<EntitySheet<?>, Map<List<Object>, Object>> records = new LinkedHashMap<>();
  private final WorkbookService rows;

  StoredService(ScreeningService service) {
    this.service = service;
    this.rows = WorkbookService.empty(service.getCode());
    ServiceWorkbookFormat.SHEETS.forEach(sheet -> records.put(sheet, new LinkedHashMap<>()));
  }

  <E> void add(EntitySheet<E> sheet, E record) {
    Row row = sheet.toRow(record);
    List<Object> key = sheet.key(row);
    if (sheet.repeatable()) {
      key = WorkbookService.nextOccurrence(rows.rows(sheet), key);
    }
    records.get(sheet).put(key, record);
    rows.put(sheet, key, row);
  }

  <E> void addAll(EntitySheet<E> sheet, Iterable<E> all) {
    all.forEach(record -> add(sheet, record));
  }

  @SuppressWarnings("unchecked")
  <E> E record(EntitySheet<E> sheet, List<Object> key) {
    return (E) records.get(sheet).get(key);
  }

  WorkbookService rows() {
    return rows;
  }
}
