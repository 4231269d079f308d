package uk.nhs.screeningplanner.service.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.nhs.screeningplanner.spreadsheet.Row;
import uk.nhs.screeningplanner.spreadsheet.SheetContent;
import uk.nhs.screeningplanner.spreadsheet.WorkbookWriter;

/**
 * Writes the service workbook: the read-me sheet and every sheet of the format, with the rows of
 * each service in a stable order. With no services it writes the empty template.
 */
final class ServiceWorkbookWriter {

  private ServiceWorkbookWriter() {}

  static void write(OutputStream out, List<WorkbookService> services) throws IOException {
    write(out, services, null);
  }

  /** With a fixed creation time, e.g. for sample files that should not change when rewritten. */
  static void write(OutputStream out, List<WorkbookService> services, java.time.Instant created)
      throws IOException {
    List<SheetContent> sheets = new ArrayList<>();
    for (EntitySheet<?> sheet : ServiceWorkbookFormat.SHEETS) {
      List<Row> rows = new ArrayList<>();
      for (WorkbookService service : services) {
        service.rows(sheet).entrySet().stream()
            .sorted(Map.Entry.comparingByKey(RowOrder.BY_KEY))
            .forEach(entry -> rows.add(entry.getValue()));
      }
      sheets.add(new SheetContent(sheet.layout(), rows));
    }
    WorkbookWriter.write(out, ServiceWorkbookFormat.README, sheets, created);
  }
}
