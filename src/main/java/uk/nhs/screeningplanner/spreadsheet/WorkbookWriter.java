package uk.nhs.screeningplanner.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Writes a workbook format for people to read and fill in: a read-me sheet, then each sheet with a
 * frozen, coloured header row whose cells carry the column's help as a comment, set column widths,
 * date and time formats, and drop-downs for fixed lists. Streams rows (SXSSF), so memory stays flat
 * for large exports. Text is always written as text, never as a formula.
 */
public final class WorkbookWriter {

  /** Drop-downs and formats reach this far down, so a template can be filled in freely. */
  static final int PREPARED_ROWS = 100_000;

  private WorkbookWriter() {}

  public static void write(OutputStream out, ReadMe readMe, List<SheetContent> sheets)
      throws IOException {
    write(out, readMe, sheets, null);
  }

  /**
   * @param created the creation time recorded in the file, or null for now; a fixed time makes a
   *     file written twice from the same rows identical byte for byte
   */
  public static void write(
      OutputStream out, ReadMe readMe, List<SheetContent> sheets, java.time.Instant created)
      throws IOException {
    // shared strings, as Excel writes them: smaller files that other tools edit cleanly
    SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
    try {
      var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
      properties.setCreator("Screening Planner");
      if (created != null) {
        properties.setCreated(java.util.Optional.of(java.util.Date.from(created)));
      }
      CellStyles styles = new CellStyles(workbook);
      if (readMe != null) {
        ReadMeSheet.write(workbook, styles, readMe, sheets);
      }
      for (SheetContent sheet : sheets) {
        writeSheet(workbook, styles, sheet);
      }
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }

  private static void writeSheet(SXSSFWorkbook workbook, CellStyles styles, SheetContent content) {
    SheetLayout layout = content.layout();
    SXSSFSheet sheet = workbook.createSheet(layout.name());
    List<Column<?>> columns = layout.columns();
    writeHeader(sheet, styles, columns);
    int rowIndex = 1;
    for (Row row : content.rows()) {
      org.apache.poi.ss.usermodel.Row cells = sheet.createRow(rowIndex++);
      for (int i = 0; i < columns.size(); i++) {
        writeCell(cells, i, columns.get(i), row, styles);
      }
    }
    for (int i = 0; i < columns.size(); i++) {
      sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
      sheet.setDefaultColumnStyle(i, defaultStyle(columns.get(i).type(), styles));
      addDropDown(sheet, i, columns.get(i).type());
    }
    sheet.createFreezePane(layout.frozenColumns(), 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowIndex - 1, 1), 0, columns.size() - 1));
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    sheet.getPrintSetup().setLandscape(true);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    flush(sheet);
  }

  /**
   * Writes the sheet's rows out now, so shared strings are numbered in sheet order rather than in
   * the order POI happens to flush sheets at the end: the same rows then give the same file.
   */
  static void flush(SXSSFSheet sheet) {
    try {
      sheet.flushRows();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void writeHeader(SXSSFSheet sheet, CellStyles styles, List<Column<?>> columns) {
    org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
    header.setHeightInPoints(32);
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(columns.get(i).header());
      cell.setCellStyle(styles.header);
      ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
      anchor.setCol1(i);
      anchor.setCol2(i + 4);
      anchor.setRow1(0);
      anchor.setRow2(8);
      Comment comment = drawing.createCellComment(anchor);
      comment.setString(new XSSFRichTextString(columns.get(i).help()));
      comment.setAuthor("Screening Planner");
      cell.setCellComment(comment);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void writeCell(
      org.apache.poi.ss.usermodel.Row cells, int index, Column<?> column, Row row, CellStyles s) {
    Object value = row.get(column);
    if (value == null) {
      return;
    }
    Object shown = ((ValueType) column.type()).toCell(value);
    Cell cell = cells.createCell(index);
    if (shown instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(s.date);
    } else if (shown instanceof LocalTime time) {
      cell.setCellValue(time.toSecondOfDay() / 86_400.0);
      cell.setCellStyle(s.time);
    } else if (shown instanceof Integer whole) {
      cell.setCellValue(whole);
      cell.setCellStyle(s.whole);
    } else if (shown instanceof BigDecimal decimal) {
      cell.setCellValue(decimal.doubleValue());
      cell.setCellStyle(s.decimal);
    } else {
      cell.setCellValue(String.valueOf(shown));
      cell.setCellStyle(s.text);
    }
  }

  private static org.apache.poi.ss.usermodel.CellStyle defaultStyle(
      ValueType<?> type, CellStyles styles) {
    if (type instanceof DateType) {
      return styles.date;
    }
    if (type instanceof TimeType) {
      return styles.time;
    }
    return type instanceof NumberType<?> ? styles.decimal : styles.text;
  }

  private static void addDropDown(SXSSFSheet sheet, int column, ValueType<?> type) {
    if (type.choices().isEmpty()) {
      return;
    }
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation =
        helper.createValidation(
            helper.createExplicitListConstraint(type.choices().toArray(String[]::new)),
            new CellRangeAddressList(1, PREPARED_ROWS, column, column));
    validation.setSuppressDropDownArrow(true);
    if (type.choicesMayBeCombined()) {
      validation.setShowErrorBox(false);
      validation.createPromptBox(
          "Choose or type",
          "Choose one, or type several separated by" + " commas, e.g. MAMMOGRAPHER, READER");
      validation.setShowPromptBox(true);
    } else {
      validation.setShowErrorBox(true);
      validation.createErrorBox("Not in the list", "Choose " + type.expected() + ".");
    }
    sheet.addValidationData(validation);
  }
}
