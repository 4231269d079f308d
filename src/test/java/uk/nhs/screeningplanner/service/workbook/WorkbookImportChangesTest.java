package uk.nhs.screeningplanner.service.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteService;
import uk.nhs.screeningplanner.spreadsheet.Row;

/** A second import adds, changes and removes exactly what differs, after showing it. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "manager", roles = "SERVICE_MANAGER")
class WorkbookImportChangesTest {

  @Autowired WorkbookImportService imports;
  @Autowired WorkbookExportService exports;
  @Autowired StoredServices stored;
  @Autowired SiteService sites;
  @Autowired org.springframework.transaction.support.TransactionTemplate tx;

  @Test
  void theSecondImportShowsThenMakesEachAddChangeAndRemoval() throws Exception {
    WorkbookService original = WorkbookFixtures.smallService("CHG").rows();
    imports.apply(check(original));
    WorkbookService edited = edited(original);

    ImportCheck check = check(edited);

    assertThat(check.problems()).isEmpty();
    ImportPreview preview = check.preview();
    assertThat(preview.summary())
        .isEqualTo(
            "Sites: 1 changed; Site blackouts: 1 removed; Practices: 1 added;"
                + " Staff: 1 removed; Availability: 1 removed");
    assertThat(sheet(preview, "Sites").details())
        .containsExactly("Changed HOSP (General Hospital): Rooms 3 → 4");
    assertThat(sheet(preview, "Staff").details()).containsExactly("Removed M01 (Jo Mammographer)");
    assertThat(sheet(preview, "Practices").details()).containsExactly("Added B86002 (New Surgery)");

    // 1 of 2 staff and the only blackout go: more than 20 % of those sheets, so confirmed
    assertThat(preview.needsRemovalConfirmation()).isTrue();
    imports.apply(check, true);

    ByteArrayOutputStream exported = new ByteArrayOutputStream();
    exports.export("CHG", exported);
    assertThat(WorkbookFixtures.read(exported.toByteArray()).services()).containsExactly(edited);
  }

  @Test
  void aPreviewThatWentStaleIsRefusedAndNothingIsWritten() {
    WorkbookService original = WorkbookFixtures.smallService("STALE").rows();
    imports.apply(check(original));
    ImportCheck check = check(edited(original));
    Site hospital =
        tx.execute(
            s -> {
              Site site =
                  stored
                      .sites
                      .findByServiceAndCode(
                          stored.services.findByCode("STALE").orElseThrow(), "HOSP")
                      .orElseThrow();
              site.getBlackouts().size();
              return site;
            });
    hospital.setRooms(7);
    sites.save(hospital);

    assertThatThrownBy(() -> imports.apply(check, true))
        .isInstanceOf(StalePreviewException.class)
        .hasMessageContaining("nothing was imported");
    WorkbookService now = tx.execute(s -> stored.find("STALE").orElseThrow().rows());
    assertThat(now.rows(StaffSheet.SHEET)).hasSize(2);
    assertThat(now.rows(SitesSheet.SHEET).get(List.of("HOSP")).get(SitesSheet.ROOMS)).isEqualTo(7);
  }

  /** The original with a site changed, a blackout and a person removed, a practice added. */
  static WorkbookService edited(WorkbookService original) {
    WorkbookService edited = WorkbookService.empty(original.code());
    original.sheets().forEach((sheet, rows) -> edited.sheets().put(sheet, copy(rows)));
    Map<List<Object>, Row> siteRows = edited.rows(SitesSheet.SHEET);
    siteRows.put(List.of("HOSP"), siteRows.get(List.of("HOSP")).with(SitesSheet.ROOMS, 4));
    edited.rows(BlackoutsSheet.SHEET).clear();
    edited.rows(StaffSheet.SHEET).remove(List.of("M01"));
    edited
        .rows(AvailabilitySheet.SHEET)
        .entrySet()
        .removeIf(e -> e.getValue().get(AvailabilitySheet.STAFF).equals("M01"));
    Row practice =
        edited
            .rows(PracticesSheet.SHEET)
            .values()
            .iterator()
            .next()
            .with(PracticesSheet.ODS, "B86002")
            .with(PracticesSheet.NAME, "New Surgery");
    edited.rows(PracticesSheet.SHEET).put(List.of("B86002"), practice);
    return edited;
  }

  private static Map<List<Object>, Row> copy(Map<List<Object>, Row> rows) {
    return new LinkedHashMap<>(rows);
  }

  private static SheetChanges sheet(ImportPreview preview, String name) {
    return preview.sheets().stream().filter(s -> s.sheet().equals(name)).findFirst().orElseThrow();
  }

  private ImportCheck check(WorkbookService service) {
    return imports.check(
        new ByteArrayInputStream(WorkbookFixtures.write(List.of(service))), "x.xlsx", m -> {});
  }
}
