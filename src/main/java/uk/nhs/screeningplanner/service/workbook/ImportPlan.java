package uk.nhs.screeningplanner.service.workbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Everything an import would change, service by service and sheet by sheet, compared with the
 * database as it is now. Its fingerprint lets the import refuse to apply a preview that has gone
 * stale because someone changed the data in between.
 */
final class ImportPlan {

  /**
   * One service of the workbook, as stored now (empty when new) and as it would become.
   *
   * @param records the stored records, to update in place; null for a new service
   */
  record ServicePlan(
      WorkbookService incoming,
      WorkbookService stored,
      StoredService records,
      boolean isNew,
      List<SheetDiff> sheets) {}

  private final List<ServicePlan> services;

  ImportPlan(List<ServicePlan> services) {
    this.services = List.copyOf(services);
  }

  static ServicePlan plan(WorkbookService incoming, StoredService stored) {
    WorkbookService before =
        stored == null ? WorkbookService.empty(incoming.code()) : stored.rows();
    List<SheetDiff> sheets = new ArrayList<>();
    ServiceWorkbookFormat.SHEETS.forEach(s -> sheets.add(SheetDiff.between(s, incoming, before)));
    return new ServicePlan(incoming, before, stored, stored == null, sheets);
  }

  List<ServicePlan> services() {
    return services;
  }

  /** Every change, one line each; the service code leads when there are several services. */
  Map<EntitySheet<?>, List<String>> lines() {
    Map<EntitySheet<?>, List<String>> lines = new java.util.LinkedHashMap<>();
    ServiceWorkbookFormat.SHEETS.forEach(s -> lines.put(s, new ArrayList<>()));
    boolean several = services.size() > 1;
    for (ServicePlan service : services) {
      for (SheetDiff diff : service.sheets()) {
        lines.get(diff.sheet()).addAll(diff.lines(service.incoming(), service.stored(), several));
      }
    }
    return lines;
  }

  /** A digest of every change, equal for two plans exactly when they would do the same. */
  String fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (ServicePlan service : services) {
        digest.update(
            (service.incoming().code() + service.isNew()).getBytes(StandardCharsets.UTF_8));
      }
      lines()
          .values()
          .forEach(
              sheet ->
                  sheet.forEach(
                      line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8))));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
