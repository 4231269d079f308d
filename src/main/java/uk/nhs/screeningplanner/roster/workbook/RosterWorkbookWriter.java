package uk.nhs.screeningplanner.roster.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.nhs.screeningplanner.roster.RosterCell;
import uk.nhs.screeningplanner.roster.RosterDay;
import uk.nhs.screeningplanner.roster.RosterExplanation;
import uk.nhs.screeningplanner.roster.RosterSnapshot;
import uk.nhs.screeningplanner.roster.domain.Dates;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.roster.domain.SessionPart;

/**
 * The roster as a workbook to pin on a wall: one landscape sheet per week (readers down, days and
 * sessions across, a letter and a colour per role, * for pinned, "off" for leave, the day's reads
 * needed and planned), a Readers sheet with volumes against targets, and a Score sheet explaining
 * every broken rule.
 */
public final class RosterWorkbookWriter {

  static final List<SessionPart> PARTS = List.of(SessionPart.AM, SessionPart.PM);

  private RosterWorkbookWriter() {}

  public static byte[] write(RosterSnapshot roster, RosterExplanation why) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      RosterStyles styles = new RosterStyles(wb);
      List<LocalDate> days = roster.days();
      for (int week = 0; week * 5 < days.size(); week++) {
        List<LocalDate> weekDays = days.subList(week * 5, Math.min(days.size(), week * 5 + 5));
        new WeekSheet(wb, styles, roster, week + 1, weekDays).write();
      }
      ReadersSheet.write(wb, styles, roster);
      ScoreSheet.write(wb, styles, roster, why);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One week of the grid. */
  private record WeekSheet(
      XSSFWorkbook wb, RosterStyles styles, RosterSnapshot roster, int week, List<LocalDate> days) {

    void write() {
      Sheet sheet =
          wb.createSheet(
              "Week " + week + " " + Dates.show(days.get(0)).substring(0, 5).replace('/', '-'));
      cell(
          sheet.createRow(0),
          0,
          styles.title,
          "Reader roster, week "
              + week
              + ": "
              + Dates.show(days.get(0))
              + " to "
              + Dates.show(days.get(days.size() - 1))
              + " ("
              + roster.status().label()
              + ")");
      Row head = sheet.createRow(1);
      cell(head, 0, styles.header, "Reader");
      int col = 1;
      for (LocalDate day : days) {
        for (SessionPart part : PARTS) {
          cell(head, col++, styles.header, Dates.shortDay(day) + " " + part.name());
        }
      }
      int r = 2;
      for (RosterSnapshot.RosterReader reader : roster.readers()) {
        Row row = sheet.createRow(r++);
        cell(row, 0, styles.text, reader.name() + (reader.arbitrator() ? " (arbitrator)" : ""));
        col = 1;
        for (LocalDate day : days) {
          for (RosterCell c : roster.cellsOf(reader.staffId(), day)) {
            if (PARTS.contains(c.part())) {
              writeCell(row, col++, c);
            }
          }
        }
      }
      r = dayRows(sheet, r + 1);
      legend(sheet, r + 1);
      layout(sheet, days.size() * 2);
    }

    private void writeCell(Row row, int col, RosterCell c) {
      if (c.role() != null) {
        cell(row, col, styles.roles.get(c.role()), c.role().letter() + (c.pinned() ? "*" : ""));
      } else if (c.unavailable()) {
        cell(row, col, styles.off, "off");
      } else {
        cell(row, col, styles.free, c.pinned() ? "-*" : "");
      }
    }

    private int dayRows(Sheet sheet, int r) {
      Row needed = sheet.createRow(r);
      Row planned = sheet.createRow(r + 1);
      Row waiting = sheet.createRow(r + 2);
      cell(needed, 0, styles.header, "Reads needed (cases screened × reads per case)");
      cell(planned, 0, styles.header, "Reads planned (capacity)");
      cell(waiting, 0, styles.header, "Cases waiting at day end");
      int col = 1;
      for (LocalDate day : days) {
        RosterDay d =
            roster.daily().stream().filter(x -> x.date().equals(day)).findFirst().orElseThrow();
        number(needed, col, d.readsNeeded());
        number(planned, col, d.capacity());
        number(waiting, col, d.awaitingFirst() + d.awaitingSecond() + d.awaitingArbitration());
        col += 2;
      }
      return r + 3;
    }

    private void legend(Sheet sheet, int r) {
      Row row = sheet.createRow(r);
      cell(row, 0, styles.text, "Key:");
      int col = 1;
      for (ReadingRole role : ReadingRole.values()) {
        cell(row, col++, styles.roles.get(role), role.letter());
        cell(row, col++, styles.text, role.label());
      }
      cell(row, col++, styles.off, "off");
      cell(row, col++, styles.text, "unavailable");
      cell(row, col, styles.text, "* pinned by a person");
    }

    private void layout(Sheet sheet, int sessionColumns) {
      sheet.setColumnWidth(0, 34 * 256);
      for (int c = 1; c <= sessionColumns; c++) {
        sheet.setColumnWidth(c, 12 * 256);
      }
      sheet.createFreezePane(1, 2);
      sheet.getPrintSetup().setLandscape(true);
      sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      sheet.setFitToPage(true);
      sheet.getPrintSetup().setFitWidth((short) 1);
      sheet.getPrintSetup().setFitHeight((short) 0);
      sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("2:2"));
    }

    private void number(Row row, int col, long value) {
      Cell c = row.createCell(col);
      c.setCellValue(value);
      c.setCellStyle(styles.number);
    }
  }

  static void cell(Row row, int col, CellStyle style, String value) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(style);
  }
}
