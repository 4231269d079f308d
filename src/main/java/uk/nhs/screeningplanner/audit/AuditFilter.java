package uk.nhs.screeningplanner.audit;

import java.time.LocalDate;

/** What the audit view filters on; every part is optional. */
public record AuditFilter(
    String username,
    String entityType,
    AuditAction action,
    String text,
    LocalDate from,
    LocalDate to) {

  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null, null);
  }
}
