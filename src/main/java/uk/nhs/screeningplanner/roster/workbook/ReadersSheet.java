package uk.nhs.screeningplanner.roster.workbook;

import static uk.nhs.screeningplanner.roster.workbook.RosterWorkbookWriter.cell;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.nhs.screeningplanner.roster.RosterSnapshot;

/** Each reader's job-planned sessions and planned reads against their pro-rata targets. */
final class ReadersSheet {

  private static final String[] HEADERS = {
    "Reader",
    "Code",
    "Arbitrator",
    "Reading sessions a week (job plan)",
    "Reads planned",
    "Reads to stay on track",
    "First reads planned",
    "First reads to stay on track"
  };

  private ReadersSheet() {}

  static void write(XSSFWorkbook wb, RosterStyles styles, RosterSnapshot roster) {
    Sheet sheet = wb.createSheet("Readers");
    Row head = sheet.createRow(0);
    for (int i = 0; i < HEADERS.length; i++) {
      cell(head, i, styles.header, HEADERS[i]);
      sheet.setColumnWidth(i, (i == 0 ? 30 : 16) * 256);
    }
    int r = 1;
    for (RosterSnapshot.RosterReader reader : roster.readers()) {
      Row row = sheet.createRow(r++);
      cell(row, 0, styles.text, reader.name());
      cell(row, 1, styles.text, reader.code());
      cell(row, 2, styles.text, reader.arbitrator() ? "Yes" : "No");
      row.createCell(3).setCellValue(reader.readingSessionsPerWeek());
      row.createCell(4).setCellValue(reader.plannedReads());
      row.createCell(5).setCellValue(reader.readsTarget());
      row.createCell(6).setCellValue(reader.plannedFirstReads());
      row.createCell(7).setCellValue(reader.firstReadsTarget());
    }
    sheet.createFreezePane(1, 1);
  }
}
