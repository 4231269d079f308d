package uk.nhs.screeningplanner.service.workbook;

/**
 * The data changed between checking a workbook and confirming its import, so the preview the user
 * confirmed is no longer what the import would do. Nothing is written.
 */
public class StalePreviewException extends RuntimeException {

  public StalePreviewException() {
    super(
        "Someone changed the reference data after this file was checked, so the preview is out"
            + " of date and nothing was imported. Upload the file again to see the changes it"
            + " would make now.");
  }
}
