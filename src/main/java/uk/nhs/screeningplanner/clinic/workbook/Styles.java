package uk.nhs.screeningplanner.clinic.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The clinic export's cell styles: NHS-blue headers, red for short, yellow for pinned. */
final class Styles {

  final CellStyle header;
  final CellStyle title;
  final CellStyle text;
  final CellStyle date;
  final CellStyle missing;
  final CellStyle pinned;
  final CellStyle wrapped;

  Styles(XSSFWorkbook workbook) {
    header = filled(workbook, new byte[] {0x00, 0x5E, (byte) 0xB8}, true);
    title = workbook.createCellStyle();
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title.setFont(big);
    text = workbook.createCellStyle();
    text.setVerticalAlignment(VerticalAlignment.TOP);
    date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("ddd dd/mm/yyyy"));
    date.setVerticalAlignment(VerticalAlignment.TOP);
    missing = filled(workbook, new byte[] {(byte) 0xF8, (byte) 0xD7, (byte) 0xD4}, false);
    pinned = filled(workbook, new byte[] {(byte) 0xFF, (byte) 0xF2, (byte) 0xB3}, false);
    wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
  }

  private static CellStyle filled(XSSFWorkbook workbook, byte[] rgb, boolean whiteBold) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.setFillForegroundColor(new XSSFColor(rgb, null));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.THIN);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setWrapText(true);
    if (whiteBold) {
      Font font = workbook.createFont();
      font.setBold(true);
      font.setColor(IndexedColors.WHITE.getIndex());
      style.setFont(font);
    }
    return style;
  }
}
