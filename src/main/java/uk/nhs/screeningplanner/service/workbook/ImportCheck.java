package uk.nhs.screeningplanner.service.workbook;

import java.util.List;
import uk.nhs.screeningplanner.spreadsheet.Problem;

/**
 * A workbook read and checked, not yet applied: either its problems (and nothing may be imported),
 * or a preview of its changes, which the user confirms with {@link
 * WorkbookImportService#apply(ImportCheck)}.
 */
public final class ImportCheck {

  private final String fileName;
  private final List<Problem> problems;
  private final ImportPreview preview;
  private final ServiceWorkbook workbook;

  ImportCheck(
      String fileName, List<Problem> problems, ImportPreview preview, ServiceWorkbook workbook) {
    this.fileName = fileName;
    this.problems = List.copyOf(problems);
    this.preview = preview;
    this.workbook = workbook;
  }

  public String fileName() {
    return fileName;
  }

  /** Errors first, then warnings. */
  public List<Problem> problems() {
    return problems;
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** The changes the import would make; null when the workbook has errors. */
  public ImportPreview preview() {
    return preview;
  }

  ServiceWorkbook workbook() {
    return workbook;
  }
}
