package uk.nhs.screeningplanner.service.workbook;

import java.util.List;

/**
 * What an import would change on one sheet, over all the workbook's services.
 *
 * @param sheet the sheet's name
 * @param added rows that would be added
 * @param changed rows whose values would change
 * @param removed stored records that would be removed because the workbook no longer has them
 * @param unchanged rows that are the same
 * @param details the first changes in words, e.g. "Changed HOSP (General Hospital): Rooms 3 → 4"
 * @param moreDetails how many changes are not in the details
 */
public record SheetChanges(
    String sheet,
    int added,
    int changed,
    int removed,
    int unchanged,
    List<String> details,
    int moreDetails) {

  public boolean hasChanges() {
    return added + changed + removed > 0;
  }
}
