package uk.nhs.screeningplanner.clinic.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import uk.nhs.screeningplanner.clinic.PositionView;
import uk.nhs.screeningplanner.clinic.SessionView;
import uk.nhs.screeningplanner.clinic.workbook.ClinicScheduleWorkbook.Cells;

/** Each person's sessions in date order: who works where, when, in which position. */
final class StaffSheet {

  private StaffSheet() {}

  record Line(String person, SessionView session, PositionView position) {}

  static void write(Sheet sheet, Styles styles, List<SessionView> sessions) {
    Cells.header(
        sheet,
        0,
        List.of("Person", "Date", "AM/PM", "Times", "Site", "Unit or clinic", "Position", "Pinned"),
        styles);
    List<Line> lines = new ArrayList<>();
    for (SessionView s : sessions) {
      for (PositionView p : s.positions()) {
        if (p.staffName() != null) {
          lines.add(new Line(p.staffName(), s, p));
        }
      }
    }
    lines.sort(
        Comparator.comparing(Line::person)
            .thenComparing(l -> l.session().date())
            .thenComparing(l -> !l.session().morning()));
    int r = 1;
    for (Line l : lines) {
      Row row = sheet.createRow(r++);
      Cells.text(row, 0, l.person(), styles.text);
      Cells.date(row, 1, l.session().date(), styles.date);
      Cells.text(row, 2, l.session().half(), styles.text);
      Cells.text(row, 3, l.session().startTime() + "–" + l.session().endTime(), styles.text);
      Cells.text(row, 4, l.session().siteName(), styles.text);
      Cells.text(row, 5, l.session().unitName(), styles.text);
      Cells.text(row, 6, l.position().position().label(), styles.text);
      Cells.text(
          row,
          7,
          l.position().pinned() ? "Yes" : "",
          l.position().pinned() ? styles.pinned : styles.text);
    }
    Cells.widths(sheet, 26, 15, 7, 12, 26, 24, 26, 8);
    sheet.createFreezePane(1, 1);
    sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, 7));
  }
}
