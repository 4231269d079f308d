package uk.nhs.screeningplanner.service.workbook;

/**
 * An import that was applied.
 *
 * @param fileName the file imported
 * @param preview the changes made
 * @param summary the changes in one line, as recorded in the audit log
 */
public record ImportOutcome(String fileName, ImportPreview preview, String summary) {}
