package uk.nhs.screeningplanner.service.workbook;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import uk.nhs.screeningplanner.service.BlackoutPeriod;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.spreadsheet.Row;

/**
 * Makes the database hold exactly what a checked workbook holds for one service: adds and updates
 * records sheet by sheet in dependency order, then removes what the workbook no longer has, in
 * reverse order, so no reference is ever left dangling. The caller holds the transaction.
 */
@Component
class ImportApplier {

  private final StoredServices stored;
  private final EntityManager entities;

  ImportApplier(StoredServices stored, EntityManager entities) {
    this.stored = stored;
    this.entities = entities;
  }

  void apply(WorkbookService incoming, StoredService existing) {
    ScreeningService service = settings(incoming, existing);
    References refs = new References();
    upsert(SitesSheet.SHEET, incoming, existing, service, refs, refs::add);
    blackouts(incoming, refs);
    upsert(UnitsSheet.SHEET, incoming, existing, service, refs, refs::add);
    upsert(PracticesSheet.SHEET, incoming, existing, service, refs, p -> {});
    upsert(StaffSheet.SHEET, incoming, existing, service, refs, refs::add);
    upsert(CalendarSheet.SHEET, incoming, existing, service, refs, e -> {});
    upsert(AvailabilitySheet.SHEET, incoming, existing, service, refs, a -> {});
    upsert(DemandSheet.SHEET, incoming, existing, service, refs, d -> {});
    if (existing != null) {
      removeMissing(DemandSheet.SHEET, incoming, existing);
      removeMissing(AvailabilitySheet.SHEET, incoming, existing);
      removeMissing(CalendarSheet.SHEET, incoming, existing);
      entities.flush();
      removeMissing(StaffSheet.SHEET, incoming, existing);
      removeMissing(PracticesSheet.SHEET, incoming, existing);
      removeMissing(UnitsSheet.SHEET, incoming, existing);
      entities.flush();
      removeMissing(SitesSheet.SHEET, incoming, existing);
    }
    entities.flush();
  }

  private ScreeningService settings(WorkbookService incoming, StoredService existing) {
    Row row = incoming.rows(SettingsSheet.SHEET).values().iterator().next();
    if (existing == null) {
      return stored.services.save(SettingsSheet.SHEET.create(null, row, null));
    }
    SettingsSheet.SHEET.update(row, existing.service, null);
    return existing.service;
  }

  private <E> void upsert(
      EntitySheet<E> sheet,
      WorkbookService incoming,
      StoredService existing,
      ScreeningService service,
      References refs,
      Consumer<E> register) {
    for (var entry : incoming.rows(sheet).entrySet()) {
      E record = existing == null ? null : existing.record(sheet, entry.getKey());
      if (record == null) {
        record = sheet.create(service, entry.getValue(), refs);
        entities.persist(record);
      } else if (!entry.getValue().equals(existing.rows().rows(sheet).get(entry.getKey()))) {
        sheet.update(entry.getValue(), record, refs);
      }
      register.accept(record);
    }
  }

  /** Blackouts live inside their site: each site gets the list the workbook gives it. */
  private static void blackouts(WorkbookService incoming, References refs) {
    Map<String, List<BlackoutPeriod>> bySite = new HashMap<>();
    for (Row row : incoming.rows(BlackoutsSheet.SHEET).values()) {
      bySite
          .computeIfAbsent(row.get(BlackoutsSheet.SITE), code -> new ArrayList<>())
          .add(
              new BlackoutPeriod(
                  row.get(BlackoutsSheet.START),
                  row.get(BlackoutsSheet.END),
                  row.get(BlackoutsSheet.REASON)));
    }
    for (String code : refs.codes(ReferenceColumn.Kind.SITE)) {
      Site site = refs.site(code);
      List<BlackoutPeriod> wanted = new ArrayList<>(bySite.getOrDefault(code, List.of()));
      wanted.sort(Comparator.comparing(BlackoutPeriod::startDate));
      if (!wanted.equals(site.getBlackouts())) {
        site.setBlackouts(wanted);
      }
    }
  }

  private <E> void removeMissing(
      EntitySheet<E> sheet, WorkbookService incoming, StoredService existing) {
    for (List<Object> key : existing.rows().rows(sheet).keySet()) {
      if (!incoming.rows(sheet).containsKey(key)) {
        entities.remove(existing.record(sheet, key));
      }
    }
  }
}
