package uk.nhs.screeningplanner.clinic.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import uk.nhs.screeningplanner.clinic.PlanSummary;
import uk.nhs.screeningplanner.clinic.RuleBreach;
import uk.nhs.screeningplanner.clinic.workbook.ClinicScheduleWorkbook.Cells;

/** The score and every broken rule in plain English, hard first. */
final class ScoreSheet {

  private ScoreSheet() {}

  static void write(Sheet sheet, Styles styles, PlanSummary plan, List<RuleBreach> breaches) {
    Cells.text(
        sheet.createRow(0),
        0,
        "Score "
            + (plan.score() == null ? "not solved yet" : plan.score())
            + " (hard/medium/soft; 0 hard means no rule a person cannot break is broken; medium"
            + " counts slots lost to empty required positions)",
        styles.title);
    Cells.header(
        sheet, 2, List.of("Level", "Rule", "Penalty", "Person", "Date", "What is wrong"), styles);
    int r = 3;
    for (RuleBreach b : breaches) {
      Row row = sheet.createRow(r++);
      Cells.text(row, 0, b.level(), b.level().equals("Soft") ? styles.text : styles.missing);
      Cells.text(row, 1, b.rule(), styles.text);
      Cells.number(row, 2, b.penalty(), styles.text);
      Cells.text(row, 3, b.person(), styles.text);
      Cells.date(row, 4, b.date(), styles.date);
      Cells.text(row, 5, b.description(), styles.wrapped);
    }
    Cells.widths(sheet, 8, 34, 9, 24, 15, 90);
    sheet.createFreezePane(0, 3);
  }
}
