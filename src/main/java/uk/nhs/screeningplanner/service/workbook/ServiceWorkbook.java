package uk.nhs.screeningplanner.service.workbook;

import java.util.List;
import uk.nhs.screeningplanner.spreadsheet.Problem;

/**
 * What a service workbook holds, read and checked: the services it names with their rows, and every
 * problem found. A workbook with any error must change nothing.
 *
 * @param services the services, in the order of the Settings sheet
 * @param problems errors first, then warnings
 */
record ServiceWorkbook(List<WorkbookService> services, List<Problem> problems) {

  boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }
}
