package uk.nhs.screeningplanner.spreadsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** The few cell styles a written workbook uses, created once per workbook. */
final class CellStyles {

  /** NHS blue, #005EB8. */
  private static final byte[] NHS_BLUE = {(byte) 0x00, (byte) 0x5E, (byte) 0xB8};

  final CellStyle header;
  final CellStyle title;
  final CellStyle wrapped;
  final CellStyle text;
  final CellStyle date;
  final CellStyle time;
  final CellStyle whole;
  final CellStyle decimal;

  CellStyles(Workbook workbook) {
    header = headerStyle(workbook);
    title = titleStyle(workbook);
    wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    text = formatted(workbook, "@");
    date = formatted(workbook, "dd/mm/yyyy");
    time = formatted(workbook, "hh:mm");
    whole = formatted(workbook, "0");
    decimal = formatted(workbook, "General");
  }

  private static CellStyle formatted(Workbook workbook, String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  private static CellStyle headerStyle(Workbook workbook) {
    Font font = workbook.createFont();
    font.setBold(true);
    font.setColor(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
    XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
    style.setFont(font);
    style.setFillForegroundColor(new XSSFColor(NHS_BLUE, null));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setWrapText(true);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setBorderBottom(BorderStyle.THIN);
    return style;
  }

  private static CellStyle titleStyle(Workbook workbook) {
    Font font = workbook.createFont();
    font.setBold(true);
    font.setFontHeightInPoints((short) 16);
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    return style;
  }
}
