package uk.nhs.screeningplanner.service.workbook;

import java.util.List;

/**
 * What importing a checked workbook would change, for the user to confirm.
 *
 * @param services the services the workbook names, each new or existing
 * @param sheets the changes sheet by sheet
 * @param fingerprint identifies this exact set of changes; applying refuses if it has changed
 * @param largeRemovals sheets of a service that would lose more than the set share of their
 *     records, or all of them; the import needs an explicit confirmation of these
 */
public record ImportPreview(
    List<ServiceSummary> services,
    List<SheetChanges> sheets,
    String fingerprint,
    List<LargeRemoval> largeRemovals) {

  public boolean needsRemovalConfirmation() {
    return !largeRemovals.isEmpty();
  }

  /**
   * A service named in the workbook.
   *
   * @param code its code
   * @param name its name in the workbook
   * @param isNew whether the import would create it
   */
  public record ServiceSummary(String code, String name, boolean isNew) {}

  public boolean hasChanges() {
    return sheets.stream().anyMatch(SheetChanges::hasChanges);
  }

  /** E.g. "Sites: 2 added, 1 changed; Staff: 3 removed", or "no changes". */
  public String summary() {
    List<String> parts =
        sheets.stream()
            .filter(SheetChanges::hasChanges)
            .map(
                s -> {
                  List<String> counts = new java.util.ArrayList<>();
                  if (s.added() > 0) {
                    counts.add(s.added() + " added");
                  }
                  if (s.changed() > 0) {
                    counts.add(s.changed() + " changed");
                  }
                  if (s.removed() > 0) {
                    counts.add(s.removed() + " removed");
                  }
                  return s.sheet() + ": " + String.join(", ", counts);
                })
            .toList();
    return parts.isEmpty() ? "no changes" : String.join("; ", parts);
  }
}
