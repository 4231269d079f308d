package uk.nhs.screeningplanner.service.workbook;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;
import uk.nhs.screeningplanner.spreadsheet.ValueTypes;

/**
 * A unit is in one place at a time: no two calendar entries of one unit may overlap (mirrors the
 * check in UnitCalendarService.save, across the whole sheet at once).
 */
final class CalendarOverlaps {

  private CalendarOverlaps() {}

  static void check(ServiceAssembly service) {
    Map<String, List<ServiceAssembly.CalendarRow>> byUnit =
        service.calendar.stream()
            .collect(Collectors.groupingBy(row -> row.entry().getUnit().getCode()));
    byUnit.values().forEach(CalendarOverlaps::checkUnit);
  }

  private static void checkUnit(List<ServiceAssembly.CalendarRow> rows) {
    List<ServiceAssembly.CalendarRow> sorted =
        rows.stream()
            .sorted(
                Comparator.comparing((ServiceAssembly.CalendarRow r) -> r.entry().getStartDate())
                    .thenComparing(r -> r.problems().source().number()))
            .toList();
    ServiceAssembly.CalendarRow latest = null;
    for (ServiceAssembly.CalendarRow row : sorted) {
      if (latest != null && !row.entry().getStartDate().isAfter(latest.entry().getEndDate())) {
        report(row, latest);
      }
      if (latest == null || row.entry().getEndDate().isAfter(latest.entry().getEndDate())) {
        latest = row;
      }
    }
  }

  private static void report(ServiceAssembly.CalendarRow row, ServiceAssembly.CalendarRow other) {
    UnitCalendarEntry earlier = other.entry();
    row.problems()
        .at(
            CalendarSheet.START,
            "overlaps row "
                + other.problems().source().number()
                + ", where "
                + earlier.getUnit().getCode()
                + " is at "
                + earlier.getSite().getCode()
                + " from "
                + ValueTypes.date().describe(earlier.getStartDate())
                + " to "
                + ValueTypes.date().describe(earlier.getEndDate())
                + "; one unit's entries may not overlap");
  }
}
