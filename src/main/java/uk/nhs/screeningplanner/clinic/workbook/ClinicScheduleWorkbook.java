package uk.nhs.screeningplanner.clinic.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.nhs.screeningplanner.clinic.PlanSummary;
import uk.nhs.screeningplanner.clinic.Position;
import uk.nhs.screeningplanner.clinic.PositionView;
import uk.nhs.screeningplanner.clinic.RuleBreach;
import uk.nhs.screeningplanner.clinic.SessionView;

/**
 * Writes the clinic schedule as a printable workbook: a sheet per site with its days (a team can
 * print its site's sheet), each person's schedule, and a score sheet explaining every broken rule.
 * Headers are frozen; empty required positions are red, pinned ones yellow.
 */
public final class ClinicScheduleWorkbook {

  public static final String STAFF_SHEET = "Staff schedule";
  public static final String SCORE_SHEET = "Score";
  static final List<Position> COLUMNS = List.of(Position.values());

  private ClinicScheduleWorkbook() {}

  public static byte[] write(
      PlanSummary plan, List<SessionView> sessions, List<RuleBreach> breaches) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      Map<String, List<SessionView>> bySite = new LinkedHashMap<>();
      sessions.stream()
          .sorted(Comparator.comparing(SessionView::siteName))
          .forEach(s -> bySite.computeIfAbsent(s.siteName(), k -> new ArrayList<>()).add(s));
      Set<String> used = new HashSet<>();
      bySite.forEach(
          (site, list) -> siteSheet(workbook, styles, plan, uniqueName(site, used), site, list));
      StaffSheet.write(workbook.createSheet(STAFF_SHEET), styles, sessions);
      ScoreSheet.write(workbook.createSheet(SCORE_SHEET), styles, plan, breaches);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String uniqueName(String site, Set<String> used) {
    String base = WorkbookUtil.createSafeSheetName(site, '-');
    base = base.length() > 28 ? base.substring(0, 28) : base;
    String name = base;
    for (int i = 2; !used.add(name.toLowerCase()); i++) {
      name = base + " " + i;
    }
    return name;
  }

  private static void siteSheet(
      XSSFWorkbook workbook,
      Styles styles,
      PlanSummary plan,
      String sheetName,
      String site,
      List<SessionView> sessions) {
    Sheet sheet = workbook.createSheet(sheetName);
    Cells.text(
        sheet.createRow(0),
        0,
        site + ": clinic sessions " + plan.start() + " to " + plan.end(),
        styles.title);
    List<String> headers =
        new ArrayList<>(List.of("Date", "AM/PM", "Times", "Unit or clinic", "Slots", "Invite"));
    COLUMNS.forEach(p -> headers.add(p.label()));
    Cells.header(sheet, 1, headers, styles);
    int r = 2;
    for (SessionView s :
        sessions.stream()
            .sorted(
                Comparator.comparing(SessionView::date)
                    .thenComparing(s -> !s.morning())
                    .thenComparing(SessionView::unitName))
            .toList()) {
      Row row = sheet.createRow(r++);
      Cells.date(row, 0, s.date(), styles.date);
      Cells.text(row, 1, s.half(), styles.text);
      Cells.text(row, 2, s.startTime() + "–" + s.endTime(), styles.text);
      Cells.text(row, 3, s.rowLabel(), styles.text);
      Cells.number(row, 4, s.slots(), styles.text);
      Cells.number(row, 5, s.invitations(), styles.text);
      for (PositionView p : s.positions()) {
        Cells.text(row, 6 + COLUMNS.indexOf(p.position()), label(p), style(p, styles));
      }
    }
    Cells.widths(sheet, 15, 7, 12, 24, 7, 7, 22, 22, 22, 22, 22, 22);
    sheet.createFreezePane(4, 2);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("2:2"));
  }

  static String label(PositionView p) {
    if (p.staffName() == null) {
      return p.position().required() ? "UNFILLED" : "";
    }
    return p.staffName() + (p.pinned() ? " (pinned)" : "");
  }

  static CellStyle style(PositionView p, Styles styles) {
    return p.missing() ? styles.missing : p.pinned() ? styles.pinned : styles.text;
  }

  /** Small helpers for writing cells. */
  static final class Cells {
    private Cells() {}

    static void text(Row row, int col, String value, CellStyle style) {
      Cell cell = row.createCell(col);
      cell.setCellValue(value == null ? "" : value);
      cell.setCellStyle(style);
    }

    static void number(Row row, int col, double value, CellStyle style) {
      Cell cell = row.createCell(col);
      cell.setCellValue(value);
      cell.setCellStyle(style);
    }

    static void date(Row row, int col, LocalDate value, CellStyle style) {
      Cell cell = row.createCell(col);
      if (value != null) {
        cell.setCellValue(value);
      }
      cell.setCellStyle(style);
    }

    static void header(Sheet sheet, int rowIndex, List<String> headers, Styles styles) {
      Row row = sheet.createRow(rowIndex);
      for (int i = 0; i < headers.size(); i++) {
        text(row, i, headers.get(i), styles.header);
      }
    }

    static void widths(Sheet sheet, int... characters) {
      for (int i = 0; i < characters.length; i++) {
        sheet.setColumnWidth(i, characters[i] * 256);
      }
    }
  }
}
