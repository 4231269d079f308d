package uk.nhs.screeningplanner.roster.workbook;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;

/** Cell styles of the roster wall chart: NHS-blue headers, one pale colour per role, grey leave. */
final class RosterStyles {

  final CellStyle header;
  final CellStyle title;
  final CellStyle text;
  final CellStyle wrapped;
  final CellStyle number;
  final CellStyle off;
  final CellStyle free;
  final Map<ReadingRole, CellStyle> roles = new EnumMap<>(ReadingRole.class);

  RosterStyles(XSSFWorkbook wb) {
    header = fill(wb, rgb(0x00, 0x5E, 0xB8), true);
    Font white = wb.createFont();
    white.setBold(true);
    white.setColor(IndexedColors.WHITE.getIndex());
    header.setFont(white);
    header.setWrapText(true);
    title = wb.createCellStyle();
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title.setFont(big);
    text = wb.createCellStyle();
    wrapped = wb.createCellStyle();
    wrapped.setWrapText(true);
    number = wb.createCellStyle();
    number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
    off = fill(wb, rgb(0xD8, 0xDD, 0xE0), true);
    free = fill(wb, rgb(0xFF, 0xFF, 0xFF), true);
    roles.put(ReadingRole.FIRST_READ, fill(wb, rgb(0xC6, 0xDF, 0xF5), true));
    roles.put(ReadingRole.SECOND_READ, fill(wb, rgb(0xCF, 0xEB, 0xD3), true));
    roles.put(ReadingRole.ARBITRATION, fill(wb, rgb(0xFF, 0xE3, 0xB3), true));
  }

  private static XSSFColor rgb(int r, int g, int b) {
    return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
  }

  private static XSSFCellStyle fill(XSSFWorkbook wb, XSSFColor colour, boolean centred) {
    XSSFCellStyle style = wb.createCellStyle();
    style.setFillForegroundColor(colour);
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    if (centred) {
      style.setAlignment(HorizontalAlignment.CENTER);
    }
    return style;
  }
}
