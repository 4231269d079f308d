package uk.nhs.screeningplanner.service.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Export → import → equal, through the database: a workbook imported and exported again holds the
 * same rows, and importing the export again changes nothing. Subclasses run it on H2 and
 * PostgreSQL.
 */
@WithMockUser(username = "manager", roles = "SERVICE_MANAGER")
abstract class WorkbookDatabaseRoundTrip {

  @Autowired WorkbookImportService imports;
  @Autowired WorkbookExportService exports;
  @Autowired JdbcTemplate jdbc;

  abstract String serviceCode();

  @Test
  void anImportedWorkbookIsExportedExactlyAsItWasAndReimportingChangesNothing() throws Exception {
    WorkbookService original = WorkbookFixtures.smallService(serviceCode()).rows();
    byte[] file = WorkbookFixtures.write(List.of(original));

    ImportCheck first = check(file, "first.xlsx");
    assertThat(first.problems()).isEmpty();
    assertThat(first.preview().services())
        .containsExactly(
            new ImportPreview.ServiceSummary(serviceCode(), "Test Breast Screening Service", true));
    imports.apply(first);

    ByteArrayOutputStream exported = new ByteArrayOutputStream();
    exports.export(serviceCode(), exported);
    ServiceWorkbook again = WorkbookFixtures.read(exported.toByteArray());
    assertThat(again.problems()).isEmpty();
    assertThat(again.services()).containsExactly(original);

    ImportCheck second = check(exported.toByteArray(), "second.xlsx");
    assertThat(second.preview().hasChanges()).isFalse();
    assertThat(second.preview().summary()).isEqualTo("no changes");
  }

  @Test
  void anAppliedImportIsRecordedInTheAuditLogWithTheFileNameAndCounts() {
    WorkbookService original = WorkbookFixtures.smallService(serviceCode() + "A").rows();
    ImportCheck check = check(WorkbookFixtures.write(List.of(original)), "audit-me.xlsx");

    imports.apply(check);

    Map<String, Object> entry =
        jdbc.queryForMap(
            "select username, summary from audit_entry where action = 'IMPORT'"
                + " and summary like 'Imported audit-me.xlsx%'");
    // who imported is checked through the real page in WorkbookBrowserTest: here, with several
    // application contexts in one JVM, the audit log may see another context's security strategy
    assertThat((String) entry.get("summary"))
        .startsWith("Imported audit-me.xlsx: Settings: 1 added; Sites: 2 added;")
        .contains("Availability: 2 added");
  }

  ImportCheck check(byte[] file, String name) {
    return imports.check(new ByteArrayInputStream(file), name, message -> {});
  }
}
