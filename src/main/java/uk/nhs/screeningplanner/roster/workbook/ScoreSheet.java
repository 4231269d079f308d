package uk.nhs.screeningplanner.roster.workbook;

import static uk.nhs.screeningplanner.roster.workbook.RosterWorkbookWriter.cell;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.nhs.screeningplanner.roster.RosterExplanation;
import uk.nhs.screeningplanner.roster.RosterSnapshot;

/** Every broken rule with its level, its cost and one line per breach. */
final class ScoreSheet {

  private ScoreSheet() {}

  static void write(
      XSSFWorkbook wb, RosterStyles styles, RosterSnapshot roster, RosterExplanation why) {
    Sheet sheet = wb.createSheet("Score");
    cell(sheet.createRow(0), 0, styles.title, "Why the roster scores " + roster.score());
    cell(
        sheet.createRow(1),
        0,
        styles.wrapped,
        "Hard rules must never break; medium is cases × working days read after the "
            + roster.targetWorkingDays()
            + "-working-day target; soft is everything else. "
            + roster.casesLate()
            + " cases would be read late. "
            + roster.formula()
            + ".");
    int r = 2;
    if (roster.figures() != null) {
      // the figures the roster page shows beside the score (issues 12 and 15)
      String[][] lines = {
        {"Against the bound", roster.figures().lateVersusBound()},
        {"Days to result", roster.figures().daysToResult()},
        {"Queue", roster.figures().queue()},
        {"Capacity", roster.figures().capacity()}
      };
      for (String[] line : lines) {
        if (!line[1].isEmpty()) {
          Row row = sheet.createRow(r++);
          cell(row, 0, styles.text, line[0]);
          cell(row, 3, styles.wrapped, line[1]);
        }
      }
    }
    int top = r + 1;
    Row head = sheet.createRow(top);
    cell(head, 0, styles.header, "Rule");
    cell(head, 1, styles.header, "Level");
    cell(head, 2, styles.header, "Cost");
    cell(head, 3, styles.header, "Why");
    r = top + 1;
    if (why.rules().isEmpty()) {
      cell(sheet.createRow(r), 0, styles.text, "No rule is broken.");
    }
    for (RosterExplanation.Rule rule : why.rules()) {
      for (String detail : rule.details().isEmpty() ? java.util.List.of("") : rule.details()) {
        Row row = sheet.createRow(r++);
        cell(row, 0, styles.text, rule.name());
        cell(row, 1, styles.text, rule.level().substring(2));
        row.createCell(2).setCellValue(rule.cost());
        cell(row, 3, styles.wrapped, detail);
      }
    }
    sheet.setColumnWidth(0, 36 * 256);
    sheet.setColumnWidth(1, 10 * 256);
    sheet.setColumnWidth(2, 12 * 256);
    sheet.setColumnWidth(3, 100 * 256);
    sheet.createFreezePane(0, top + 1);
  }
}
