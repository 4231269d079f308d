package uk.nhs.screeningplanner.service.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;
import uk.nhs.screeningplanner.spreadsheet.Row;
import uk.nhs.screeningplanner.spreadsheet.SourceRow;

/**
 * One service while its workbook rows are being checked: the unsaved records built so far (so later
 * sheets can refer to them), the canonical rows, and where each row came from.
 */
final class ServiceAssembly {

  final ScreeningService service;
  final References references = new References();
  final WorkbookService rows;
  final List<CalendarRow> calendar = new ArrayList<>();
  private final Map<EntitySheet<?>, Map<List<Object>, SourceRow>> sources = new HashMap<>();

  /** A calendar entry and its row, kept to check overlaps once all are read. */
  record CalendarRow(UnitCalendarEntry entry, RowProblems problems) {}

  ServiceAssembly(ScreeningService service) {
    this.service = service;
    this.rows = WorkbookService.empty(service.getCode());
  }

  /** The row's key; for a sheet whose rows may repeat, with the repeat's number added. */
  List<Object> keyOf(EntitySheet<?> sheet, Row row) {
    List<Object> key = sheet.key(row);
    return sheet.repeatable() ? WorkbookService.nextOccurrence(rows.rows(sheet), key) : key;
  }

  /** The row that already has this key, if any. */
  SourceRow existing(EntitySheet<?> sheet, List<Object> key) {
    return sources.getOrDefault(sheet, Map.of()).get(key);
  }

  void put(EntitySheet<?> sheet, List<Object> key, Row row, SourceRow source) {
    rows.put(sheet, key, row);
    sources.computeIfAbsent(sheet, s -> new HashMap<>()).put(key, source);
  }
}
