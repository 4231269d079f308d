package uk.nhs.screeningplanner.service.workbook;

import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import uk.nhs.screeningplanner.spreadsheet.Problem;
import uk.nhs.screeningplanner.spreadsheet.Problems;
import uk.nhs.screeningplanner.spreadsheet.SpreadsheetLimits;
import uk.nhs.screeningplanner.spreadsheet.WorkbookContents;
import uk.nhs.screeningplanner.spreadsheet.WorkbookReader;

/**
 * Reads a service workbook: the file, each sheet, each cell, and then every rule a form would apply
 * plus the checks across sheets. Pure: it reads the file and returns rows plus problems; it never
 * touches the database and never throws for a bad file.
 */
final class ServiceWorkbookReader {

  /** Problems with the file first, then sheet by sheet in the workbook's order, row by row. */
  static final Comparator<Problem> IN_SHEET_ORDER =
      Comparator.comparingInt((Problem p) -> sheetIndex(p.sheet()))
          .thenComparing(p -> p.row() == null ? 0 : p.row());

  private final Validator validator;
  private final SpreadsheetLimits limits;

  ServiceWorkbookReader(Validator validator, SpreadsheetLimits limits) {
    this.validator = validator;
    this.limits = limits;
  }

  ServiceWorkbook read(Path file, Consumer<String> progress) {
    WorkbookContents contents =
        new WorkbookReader(
                ServiceWorkbookFormat.LAYOUTS, ServiceWorkbookFormat.IGNORED_SHEETS, limits)
            .read(file, progress);
    Problems problems = new Problems(limits.maxProblems());
    problems.addAll(contents.problems());
    if (!allRequiredSheets(contents)) {
      // a missing or hidden sheet is reported; checking the others against it would only add
      // confusing follow-on errors
      return new ServiceWorkbook(List.of(), problems.list(IN_SHEET_ORDER));
    }
    progress.accept("Checking every row");
    List<WorkbookService> services =
        new WorkbookAssembler(contents, new RecordChecks(validator), problems).assemble();
    return new ServiceWorkbook(services, problems.list(IN_SHEET_ORDER));
  }

  private static int sheetIndex(String sheet) {
    if (sheet == null) {
      return -1;
    }
    List<String> names = ServiceWorkbookFormat.LAYOUTS.stream().map(l -> l.name()).toList();
    int index = names.indexOf(sheet);
    return index < 0 ? names.size() : index;
  }

  private static boolean allRequiredSheets(WorkbookContents contents) {
    return ServiceWorkbookFormat.LAYOUTS.stream()
        .filter(layout -> layout.required())
        .allMatch(contents::has);
  }
}
