package uk.nhs.screeningplanner.service.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.nhs.screeningplanner.spreadsheet.Row;

/** Turns an import plan into the preview a person reads and confirms. */
final class Previews {

  /** Changes listed in words per sheet; the rest are counted. */
  static final int DETAILS_PER_SHEET = 200;

  private Previews() {}

  /**
   * @param removalShare the share of a sheet's held records (0 to 1) above which removing them
   *     needs a confirmation; removing all of them always does
   */
  static ImportPreview of(ImportPlan plan, double removalShare) {
    List<ImportPreview.ServiceSummary> services = new ArrayList<>();
    for (ImportPlan.ServicePlan service : plan.services()) {
      Row settings = service.incoming().rows(SettingsSheet.SHEET).values().iterator().next();
      services.add(
          new ImportPreview.ServiceSummary(
              service.incoming().code(), settings.get(SettingsSheet.NAME), service.isNew()));
    }
    List<SheetChanges> sheets = new ArrayList<>();
    for (Map.Entry<EntitySheet<?>, List<String>> lines : plan.lines().entrySet()) {
      sheets.add(changes(plan, lines.getKey(), lines.getValue()));
    }
    return new ImportPreview(
        services, sheets, plan.fingerprint(), largeRemovals(plan, removalShare));
  }

  private static List<LargeRemoval> largeRemovals(ImportPlan plan, double removalShare) {
    List<LargeRemoval> large = new ArrayList<>();
    for (ImportPlan.ServicePlan service : plan.services()) {
      for (SheetDiff diff : service.sheets()) {
        int removed = diff.removed().size();
        int held = removed + diff.changed().size() + diff.unchanged();
        if (removed > 0 && (removed == held || removed > removalShare * held)) {
          large.add(
              new LargeRemoval(service.incoming().code(), diff.sheet().name(), removed, held));
        }
      }
    }
    return List.copyOf(large);
  }

  private static SheetChanges changes(ImportPlan plan, EntitySheet<?> sheet, List<String> lines) {
    int added = 0;
    int changed = 0;
    int removed = 0;
    int unchanged = 0;
    for (ImportPlan.ServicePlan service : plan.services()) {
      for (SheetDiff diff : service.sheets()) {
        if (diff.sheet() == sheet) {
          added += diff.added().size();
          changed += diff.changed().size();
          removed += diff.removed().size();
          unchanged += diff.unchanged();
        }
      }
    }
    List<String> shown = lines.subList(0, Math.min(lines.size(), DETAILS_PER_SHEET));
    return new SheetChanges(
        sheet.name(),
        added,
        changed,
        removed,
        unchanged,
        List.copyOf(shown),
        lines.size() - shown.size());
  }
}
