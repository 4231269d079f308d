package uk.nhs.screeningplanner.spreadsheet;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The read-me sheet: an introduction, then every sheet and column with its help. */
final class ReadMeSheet {

  private ReadMeSheet() {}

  static void write(
      SXSSFWorkbook workbook, CellStyles styles, ReadMe readMe, List<SheetContent> sheets) {
    SXSSFSheet sheet = workbook.createSheet(readMe.sheetName());
    sheet.setColumnWidth(0, 22 * 256);
    sheet.setColumnWidth(1, 32 * 256);
    sheet.setColumnWidth(2, 11 * 256);
    sheet.setColumnWidth(3, 110 * 256);
    int r = 0;
    put(sheet.createRow(r++), 0, readMe.title(), styles.title);
    r++;
    for (String paragraph : readMe.paragraphs()) {
      Row row = sheet.createRow(r);
      put(row, 0, paragraph, styles.wrapped);
      // the read-me is never imported, so merging is harmless here and lets paragraphs wrap
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
      row.setHeightInPoints(15f * (1 + paragraph.length() / 150));
      r++;
    }
    r++;
    Row header = sheet.createRow(r++);
    String[] headings = {"Sheet", "Column", "Required", "What to enter"};
    for (int i = 0; i < headings.length; i++) {
      put(header, i, headings[i], styles.header);
    }
    for (SheetContent content : sheets) {
      Row purpose = sheet.createRow(r++);
      put(purpose, 0, content.layout().name(), null);
      put(
          purpose,
          3,
          content.layout().purpose()
              + (content.layout().required() ? "" : " This sheet is optional."),
          styles.wrapped);
      for (Column<?> column : content.layout().columns()) {
        Row row = sheet.createRow(r++);
        put(row, 0, content.layout().name(), null);
        put(row, 1, column.header(), null);
        put(row, 2, column.required() ? "Yes" : "No", null);
        put(row, 3, column.help(), styles.wrapped);
      }
    }
    sheet.createFreezePane(0, 0);
    WorkbookWriter.flush(sheet);
  }

  private static void put(Row row, int column, String text, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
