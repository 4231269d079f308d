package uk.nhs.screeningplanner.service.workbook;

import static uk.nhs.screeningplanner.service.workbook.ReferenceColumn.site;
import static uk.nhs.screeningplanner.service.workbook.ReferenceColumn.staff;
import static uk.nhs.screeningplanner.service.workbook.ReferenceColumn.unit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import uk.nhs.screeningplanner.service.DemandOverride;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;
import uk.nhs.screeningplanner.spreadsheet.Problems;
import uk.nhs.screeningplanner.spreadsheet.Row;
import uk.nhs.screeningplanner.spreadsheet.SourceRow;
import uk.nhs.screeningplanner.spreadsheet.WorkbookContents;

/**
 * Builds the unsaved records a workbook describes, sheet by sheet in dependency order, and checks
 * them on the way: the service of each row, codes that name records on other sheets, duplicates,
 * each record's own rules, and the rules across rows (overlapping van bookings, practices in two
 * services). Touches no database.
 */
final class WorkbookAssembler {

  private static final Map<EntitySheet<?>, List<ReferenceColumn>> REFERENCES =
      Map.of(
          BlackoutsSheet.SHEET, List.of(site(BlackoutsSheet.SITE)),
          UnitsSheet.SHEET, List.of(site(UnitsSheet.STATIC_SITE)),
          PracticesSheet.SHEET,
              List.of(site(PracticesSheet.HOME_SITE), site(PracticesSheet.ALTERNATIVE_SITES)),
          StaffSheet.SHEET, List.of(site(StaffSheet.BASE_SITE)),
          CalendarSheet.SHEET, List.of(unit(CalendarSheet.UNIT), site(CalendarSheet.SITE)),
          AvailabilitySheet.SHEET, List.of(staff(AvailabilitySheet.STAFF)),
          DemandSheet.SHEET, List.of(site(DemandSheet.SITE), unit(DemandSheet.UNIT)));

  /** The code column of each sheet that others refer to. */
  private static final Map<EntitySheet<?>, ReferenceColumn> CODES =
      Map.of(
          SitesSheet.SHEET, site(SitesSheet.CODE),
          UnitsSheet.SHEET, unit(UnitsSheet.CODE),
          StaffSheet.SHEET, staff(StaffSheet.CODE));

  private final WorkbookContents contents;
  private final Map<ReferenceColumn.Kind, Set<String>> skipped = new HashMap<>();
  private final RecordChecks checks;
  private final Problems problems;
  private final Map<String, ServiceAssembly> services = new LinkedHashMap<>();
  private final Map<Object, SourceRow> odsCodes = new HashMap<>();

  WorkbookAssembler(WorkbookContents contents, RecordChecks checks, Problems problems) {
    this.contents = contents;
    this.checks = checks;
    this.problems = problems;
  }

  List<WorkbookService> assemble() {
    settings();
    sheet(SitesSheet.SHEET, (s, site) -> s.references.add(site));
    sheet(
        BlackoutsSheet.SHEET,
        (s, blackout) -> blackout.site().getBlackouts().add(blackout.period()));
    sheet(UnitsSheet.SHEET, (s, unit) -> s.references.add(unit));
    sheet(PracticesSheet.SHEET, (s, practice) -> {});
    sheet(StaffSheet.SHEET, (s, member) -> s.references.add(member));
    sheet(CalendarSheet.SHEET, (s, entry) -> {});
    sheet(AvailabilitySheet.SHEET, (s, availability) -> {});
    sheet(DemandSheet.SHEET, (s, demand) -> {});
    services.values().forEach(CalendarOverlaps::check);
    return services.values().stream().map(s -> s.rows).toList();
  }

  private void settings() {
    EntitySheet<ScreeningService> sheet = SettingsSheet.SHEET;
    for (SourceRow source : contents.rows(sheet.layout())) {
      String code = source.get(SettingsSheet.SERVICE);
      if (code == null) {
        continue; // reported as a missing required value
      }
      RowProblems at = new RowProblems(problems, source);
      if (services.containsKey(code)) {
        at.at(
            SettingsSheet.SERVICE,
            "is already on row "
                + services.get(code).existing(sheet, List.of(code)).number()
                + "; each service appears once");
        continue;
      }
      ScreeningService service = sheet.create(null, source.values(), null);
      checks.check(sheet, service, at);
      ServiceAssembly assembly = new ServiceAssembly(service);
      assembly.put(sheet, List.of(code), sheet.toRow(service), source);
      services.put(code, assembly);
    }
    if (services.isEmpty() && contents.has(SettingsSheet.LAYOUT)) {
      problems.error(
          SettingsSheet.LAYOUT.name(),
          null,
          null,
          null,
          "has no service rows; expected one row per screening service, with at least its"
              + " 'Service' code and 'Service name'");
    }
  }

  private <E> void sheet(EntitySheet<E> sheet, BiConsumer<ServiceAssembly, E> register) {
    for (SourceRow source : contents.rows(sheet.layout())) {
      RowProblems at = new RowProblems(problems, source);
      ServiceAssembly service = serviceOf(source, at);
      if (service == null || !referencesKnown(sheet, source, service, at)) {
        skipped(sheet, source);
        continue;
      }
      E entity = sheet.create(service.service, source.values(), service.references);
      Row row = sheet.toRow(entity);
      if (missingKey(sheet, row)) {
        continue; // a required key cell is empty or unreadable, already reported
      }
      List<Object> key = service.keyOf(sheet, row);
      if (isDuplicate(sheet, key, service, entity, at)) {
        skipped(sheet, source);
        continue;
      }
      checks.check(sheet, entity, at);
      extraChecks(entity, service, at);
      register.accept(service, entity);
      service.put(sheet, key, row, source);
    }
  }

  private static boolean missingKey(EntitySheet<?> sheet, Row row) {
    return sheet.keyColumns().stream().anyMatch(c -> c.required() && !row.has(c));
  }

  private void extraChecks(Object entity, ServiceAssembly service, RowProblems at) {
    if (entity instanceof UnitCalendarEntry entry) {
      ServiceRules.calendarEntry(entry, at);
      service.calendar.add(new ServiceAssembly.CalendarRow(entry, at));
    } else if (entity instanceof DemandOverride demand) {
      DemandChecks.check(demand, at);
    }
  }

  private <E> boolean isDuplicate(
      EntitySheet<E> sheet, List<Object> key, ServiceAssembly service, E entity, RowProblems at) {
    if (entity instanceof GpPractice practice) {
      SourceRow first = odsCodes.putIfAbsent(practice.getOdsCode(), at.source());
      if (first != null) {
        at.at(
            PracticesSheet.ODS,
            "is already on row "
                + first.number()
                + " (service "
                + first.get(ServiceColumn.SERVICE)
                + "); a practice belongs to one service and"
                + " appears once in the workbook");
        return true;
      }
      return false;
    }
    SourceRow first = service.existing(sheet, key);
    if (first == null || sheet == CalendarSheet.SHEET) {
      return false; // two calendar entries of one unit starting together are an overlap
    }
    at.row(
        "repeats row "
            + first.number()
            + ": "
            + Duplicates.describe(sheet, key)
            + "; keep one of the two rows");
    return true;
  }

  private ServiceAssembly serviceOf(SourceRow source, RowProblems at) {
    String code = source.get(ServiceColumn.SERVICE);
    if (code == null) {
      if (services.size() == 1 && !source.failed(ServiceColumn.SERVICE)) {
        return services.values().iterator().next();
      }
      if (services.size() > 1) {
        at.at(
            ServiceColumn.SERVICE,
            null,
            "is empty, but the workbook holds several services;"
                + " expected one of "
                + String.join(", ", services.keySet()));
      }
      return null;
    }
    ServiceAssembly service = services.get(code);
    if (service == null) {
      at.at(
          ServiceColumn.SERVICE,
          "is not a service in the Settings sheet; expected "
              + (services.isEmpty()
                  ? "a service listed there"
                  : "one of " + String.join(", ", services.keySet())));
    }
    return service;
  }

  private boolean referencesKnown(
      EntitySheet<?> sheet, SourceRow source, ServiceAssembly service, RowProblems at) {
    boolean known = true;
    for (ReferenceColumn reference : REFERENCES.getOrDefault(sheet, List.of())) {
      for (String code : ReferenceColumn.codes(source.get(reference.column()))) {
        if (reference.known(service.references).test(code)) {
          continue;
        }
        known = false;
        if (skipped.getOrDefault(reference.kind(), Set.of()).contains(code)) {
          continue; // that row's own error says what to fix
        }
        at.at(
            reference.column(),
            code,
            "is not a "
                + reference.noun()
                + " in the "
                + reference.sheetName()
                + " sheet for service "
                + service.service.getCode()
                + "; expected "
                + someOf(service.references.codes(reference.kind())));
      }
    }
    return known;
  }

  /**
   * Remembers the code of a site, unit or staff row that was refused, so rows referring to it are
   * not reported again.
   */
  private void skipped(EntitySheet<?> sheet, SourceRow source) {
    ReferenceColumn codeColumn = CODES.get(sheet);
    Object code = codeColumn == null ? null : source.get(codeColumn.column());
    if (code != null) {
      skipped.computeIfAbsent(codeColumn.kind(), k -> new HashSet<>()).add(code.toString());
    }
  }

  private static String someOf(List<String> codes) {
    if (codes.isEmpty()) {
      return "a code listed there (it has none for this service)";
    }
    String shown = codes.stream().limit(12).collect(Collectors.joining(", "));
    return "one of " + shown + (codes.size() > 12 ? ", …" : "");
  }
}
