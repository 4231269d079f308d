package uk.nhs.screeningplanner.service.workbook;

/**
 * A sheet of one service from which an import would remove more than the set share of the records
 * held, or all of them: never done without an explicit confirmation.
 *
 * @param service the service's code
 * @param sheet the sheet's name
 * @param removed how many records would be removed
 * @param held how many records are held now
 */
public record LargeRemoval(String service, String sheet, int removed, int held) {

  /** E.g. "Staff of MSH: 25 of 27 records would be removed". */
  public String text() {
    return sheet
        + " of "
        + service
        + ": "
        + (removed == held
            ? "all " + held + (held == 1 ? " record" : " records")
            : removed + " of " + held + " records")
        + " would be removed";
  }
}
