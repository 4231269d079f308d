package uk.nhs.screeningplanner.spreadsheet;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads a workbook in a given format: checks the file, finds each sheet by name, streams it and
 * returns typed rows plus problems. Pure: it reads the file and nothing else, and never throws for
 * a bad file; everything wrong with it is a {@link Problem}.
 */
public final class WorkbookReader {

  private final List<SheetLayout> layouts;
  private final Set<String> ignoredSheets;
  private final SpreadsheetLimits limits;

  /**
   * @param layouts the sheets of the format
   * @param ignoredSheets sheets the format writes for people (e.g. "Read me"), skipped quietly
   */
  public WorkbookReader(
      List<SheetLayout> layouts, Set<String> ignoredSheets, SpreadsheetLimits limits) {
    this.layouts = List.copyOf(layouts);
    this.ignoredSheets =
        ignoredSheets.stream().map(SheetParser::normalised).collect(Collectors.toSet());
    this.limits = limits;
  }

  public WorkbookContents read(Path file, Consumer<String> progress) {
    Problems problems = new Problems(limits.maxProblems());
    Map<SheetLayout, List<SourceRow>> rows = new LinkedHashMap<>();
    try (XlsxFile xlsx = XlsxFile.open(file, limits)) {
      Map<SheetLayout, SheetRef> found = findSheets(xlsx.sheets(), problems);
      for (var sheet : found.entrySet()) {
        progress.accept("Reading sheet " + sheet.getKey().name());
        SheetParser parser = new SheetParser(sheet.getKey(), problems);
        xlsx.stream(sheet.getValue(), parser);
        parser.finish();
        rows.put(sheet.getKey(), parser.rows());
      }
    } catch (UnreadableWorkbookException e) {
      Problems only = new Problems(1);
      only.add(Problem.ofFile(e.getMessage()));
      return new WorkbookContents(Map.of(), only.list());
    }
    return new WorkbookContents(rows, problems.list());
  }

  private Map<SheetLayout, SheetRef> findSheets(List<SheetRef> sheets, Problems problems)
      throws UnreadableWorkbookException {
    if (sheets.size() > limits.maxSheets()) {
      throw new UnreadableWorkbookException(
          "The workbook has "
              + sheets.size()
              + " sheets; the limit is "
              + limits.maxSheets()
              + ", so this is not a workbook the import can read.");
    }
    Map<String, SheetLayout> byName = new HashMap<>();
    layouts.forEach(l -> byName.put(SheetParser.normalised(l.name()), l));
    Map<SheetLayout, SheetRef> found = new LinkedHashMap<>();
    for (SheetRef sheet : sheets) {
      SheetLayout layout = byName.get(SheetParser.normalised(sheet.name()));
      if (layout == null) {
        unknownSheet(sheet, problems);
      } else if (found.containsKey(layout)) {
        problems.error(
            sheet.name(),
            null,
            null,
            null,
            "is a second sheet named like '" + layout.name() + "'; keep one of them");
      } else if (sheet.hidden()) {
        problems.error(
            sheet.name(),
            null,
            null,
            null,
            "the sheet is hidden. Hidden sheets are"
                + " not imported unseen: unhide it (right-click any tab > Unhide), check it, save and"
                + " upload again");
      } else {
        found.put(layout, sheet);
      }
    }
    for (SheetLayout layout : layouts) {
      if (layout.required() && !found.containsKey(layout) && !hiddenOrDuplicate(layout, sheets)) {
        problems.error(
            layout.name(),
            null,
            null,
            null,
            "the workbook has no sheet named '"
                + layout.name()
                + "'; the workbook needs the sheets "
                + requiredNames());
      }
    }
    Map<SheetLayout, SheetRef> inOrder = new LinkedHashMap<>();
    layouts.stream().filter(found::containsKey).forEach(l -> inOrder.put(l, found.get(l)));
    return inOrder;
  }

  private boolean hiddenOrDuplicate(SheetLayout layout, List<SheetRef> sheets) {
    String name = SheetParser.normalised(layout.name());
    return sheets.stream().anyMatch(s -> SheetParser.normalised(s.name()).equals(name));
  }

  private void unknownSheet(SheetRef sheet, Problems problems) {
    if (ignoredSheets.contains(SheetParser.normalised(sheet.name()))) {
      return;
    }
    problems.add(
        Problem.warning(
            sheet.name(),
            null,
            null,
            (sheet.hidden() ? "this sheet is hidden; " : "")
                + "this sheet is not one the import reads; it is ignored. The sheets read are "
                + layouts.stream().map(SheetLayout::name).collect(Collectors.joining(", "))));
  }

  private String requiredNames() {
    return layouts.stream()
        .filter(SheetLayout::required)
        .map(SheetLayout::name)
        .collect(Collectors.joining(", "));
  }
}
