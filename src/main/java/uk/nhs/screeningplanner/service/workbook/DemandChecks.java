package uk.nhs.screeningplanner.service.workbook;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import uk.nhs.screeningplanner.service.DemandOverride;
import uk.nhs.screeningplanner.spreadsheet.ValueTypes;

/** A demand row names a week by its Monday, and exactly one site or unit. */
final class DemandChecks {

  private DemandChecks() {}

  static void check(DemandOverride demand, RowProblems problems) {
    if (demand.getWeekStart() != null && !demand.startsOnMonday()) {
      problems.at(
          DemandSheet.WEEK,
          "is a "
              + demand.getWeekStart().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK)
              + "; expected the Monday that starts the week ("
              + ValueTypes.date()
                  .describe(
                      demand.getWeekStart().with(TemporalAdjusters.previous(DayOfWeek.MONDAY)))
              + ")");
    }
    if (demand.getSite() == null && demand.getUnit() == null) {
      problems.row("has neither a Site nor a Unit; fill in one of them");
    } else if (demand.getSite() != null && demand.getUnit() != null) {
      problems.row("has both a Site and a Unit; fill in only one of them");
    }
  }
}
