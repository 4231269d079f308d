package uk.nhs.screeningplanner.service.workbook;

import java.util.List;
import uk.nhs.screeningplanner.spreadsheet.Problem;

/**
 * What the REST API answers for a check or an import.
 *
 * @param file the file name
 * @param valid whether the workbook has no errors
 * @param applied whether the changes were made
 * @param summary the changes in one line
 * @param errors what stops the import
 * @param warnings what was ignored or assumed
 * @param preview the changes, sheet by sheet; absent when invalid
 */
record ImportResponse(
    String file,
    boolean valid,
    boolean applied,
    String summary,
    List<ProblemJson> errors,
    List<ProblemJson> warnings,
    ImportPreview preview) {

  /** A problem with each part named, and the whole sentence. */
  record ProblemJson(
      String sheet, Integer row, String column, String value, String message, String text) {

    static ProblemJson of(Problem problem) {
      return new ProblemJson(
          problem.sheet(),
          problem.row(),
          problem.column(),
          problem.value(),
          problem.message(),
          problem.text());
    }
  }

  static ImportResponse checked(ImportCheck check) {
    return new ImportResponse(
        check.fileName(),
        !check.hasErrors(),
        false,
        check.preview() == null ? "not valid: nothing can be imported" : check.preview().summary(),
        check.errors().stream().map(ProblemJson::of).toList(),
        check.warnings().stream().map(ProblemJson::of).toList(),
        check.preview());
  }

  static ImportResponse applied(ImportCheck check, ImportOutcome outcome) {
    return new ImportResponse(
        check.fileName(),
        true,
        true,
        outcome.summary(),
        List.of(),
        check.warnings().stream().map(ProblemJson::of).toList(),
        outcome.preview());
  }
}
