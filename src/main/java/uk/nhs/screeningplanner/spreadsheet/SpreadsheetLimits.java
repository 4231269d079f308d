package uk.nhs.screeningplanner.spreadsheet;

/**
 * The explicit limits a workbook must keep to before any of it is read into memory. Each one is
 * named in the error a user sees when a file breaks it.
 *
 * @param maxFileBytes largest upload accepted, as stored (compressed)
 * @param maxUncompressedBytes largest total of all parts once unzipped
 * @param maxCompressionRatio how many times larger than its compressed size a part may grow; zip
 *     bombs grow thousands of times
 * @param maxZipEntries most parts (files) inside the workbook
 * @param maxSheets most sheets in the workbook
 * @param maxDataRows most rows holding values in one sheet, below its header row
 * @param maxColumns most columns holding values in one sheet
 * @param maxCellCharacters longest text in one cell
 * @param maxProblems most problems listed; the rest are counted
 */
public record SpreadsheetLimits(
    long maxFileBytes,
    long maxUncompressedBytes,
    int maxCompressionRatio,
    int maxZipEntries,
    int maxSheets,
    int maxDataRows,
    int maxColumns,
    int maxCellCharacters,
    int maxProblems) {

  private static final long MB = 1024L * 1024L;

  /** Room for a regional network of seven services (about 20,000 availability rows) five times. */
  public static SpreadsheetLimits standard() {
    return new SpreadsheetLimits(20 * MB, 100 * MB, 100, 1_000, 50, 100_000, 100, 1_000, 1_000);
  }

  public long maxFileMegabytes() {
    return maxFileBytes / MB;
  }

  /** The message for a file over {@link #maxFileBytes}. */
  public String fileTooLarge() {
    return "The file is larger than "
        + maxFileMegabytes()
        + " MB, the limit for an import. Remove rows that are not needed, or split the data"
        + " into separate workbooks.";
  }

  public long maxUncompressedMegabytes() {
    return maxUncompressedBytes / MB;
  }
}
