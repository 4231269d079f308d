package uk.nhs.screeningplanner.service.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.screeningplanner.audit.AuditEntry;
import uk.nhs.screeningplanner.audit.AuditLog;

/**
 * Issue 13 item 2: a workbook with only its Settings row and header-only sheets used to remove
 * every site, unit, practice, staff member, calendar entry and availability row with no warning.
 * Now removing more than the set share (default 20 %) of a sheet's records, or all of them, needs
 * an explicit confirmation, and the records removed are kept in the audit log.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(
    username = "manager",
    roles = {"SERVICE_MANAGER", "ADMIN"})
class LargeRemovalTest {

  @Autowired WorkbookImportService imports;
  @Autowired StoredServices stored;
  @Autowired AuditLog audit;
  @Autowired TransactionTemplate tx;

  @Test
  void aWorkbookOfEmptySheetsIsNotImportedWithoutConfirmationAndChangesNothing() {
    WorkbookService original = WorkbookFixtures.smallService("WIPE").rows();
    imports.apply(check(original));

    ImportCheck wipe = check(settingsOnly(original));

    assertThat(wipe.problems()).isEmpty();
    assertThat(wipe.preview().largeRemovals())
        .extracting(LargeRemoval::text)
        .contains(
            "Sites of WIPE: all 2 records would be removed",
            "Staff of WIPE: all 2 records would be removed");
    assertThatThrownBy(() -> imports.apply(wipe))
        .isInstanceOf(LargeRemovalException.class)
        .hasMessageContaining("Nothing was imported")
        .hasMessageContaining("Staff of WIPE: all 2 records would be removed");
    WorkbookService now = tx.execute(s -> stored.find("WIPE").orElseThrow().rows());
    assertThat(now).isEqualTo(original);
  }

  @Test
  void confirmedRemovalsAreMadeAndTheRecordsAsTheyWereAreKeptInTheAuditLog() {
    WorkbookService original = WorkbookFixtures.smallService("KEEP").rows();
    imports.apply(check(original));
    ImportCheck wipe = check(settingsOnly(original));

    imports.apply(wipe, true);

    WorkbookService now = tx.execute(s -> stored.find("KEEP").orElseThrow().rows());
    assertThat(now.count(StaffSheet.SHEET)).isZero();
    assertThat(now.count(SitesSheet.SHEET)).isZero();
    AuditEntry entry = audit.latest().get(0);
    assertThat(entry.getSummary())
        .contains("The records as they were are kept in before-import-KEEP.xlsx");
    assertThat(entry.getAttachmentName()).isEqualTo("before-import-KEEP.xlsx");
    byte[] kept = audit.attachment(entry.getId()).orElseThrow();
    assertThat(WorkbookFixtures.read(kept).services()).containsExactly(original);
  }

  @Test
  void aSmallChangeNeedsNoConfirmationAndKeepsNoFile() {
    WorkbookService original = WorkbookFixtures.smallService("SMALL").rows();
    imports.apply(check(original));
    WorkbookService edited = WorkbookImportChangesTest.edited(original);
    edited.rows(BlackoutsSheet.SHEET).putAll(original.rows(BlackoutsSheet.SHEET));
    edited.rows(StaffSheet.SHEET).putAll(original.rows(StaffSheet.SHEET));
    edited.rows(AvailabilitySheet.SHEET).putAll(original.rows(AvailabilitySheet.SHEET));

    ImportCheck check = check(edited);

    assertThat(check.preview().largeRemovals()).isEmpty();
    imports.apply(check);
    assertThat(audit.latest().get(0).getAttachmentName()).isNull();
  }

  private static WorkbookService settingsOnly(WorkbookService original) {
    WorkbookService wipe = WorkbookService.empty(original.code());
    wipe.rows(SettingsSheet.SHEET).putAll(original.rows(SettingsSheet.SHEET));
    return wipe;
  }

  private ImportCheck check(WorkbookService service) {
    return imports.check(
        new ByteArrayInputStream(WorkbookFixtures.write(List.of(service))), "x.xlsx", m -> {});
  }
}
