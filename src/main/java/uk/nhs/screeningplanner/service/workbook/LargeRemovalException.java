package uk.nhs.screeningplanner.service.workbook;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An import would remove more than the set share of a sheet's records, or all of them, and its
 * removals were not confirmed. Nothing is written.
 */
public class LargeRemovalException extends RuntimeException {

  private final List<LargeRemoval> removals;

  LargeRemovalException(List<LargeRemoval> removals) {
    super(
        "Nothing was imported: this workbook would remove many records ("
            + removals.stream().map(LargeRemoval::text).collect(Collectors.joining("; "))
            + "). If that is what you mean, confirm the removals and import again.");
    this.removals = List.copyOf(removals);
  }

  public List<LargeRemoval> removals() {
    return removals;
  }
}
