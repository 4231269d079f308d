package uk.nhs.screeningplanner.service.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the tests that feed in bad, messy or hostile workbooks: after each test every table (the
 * audit log included) holds exactly the rows it held before, so checking never writes.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "manager", roles = "SERVICE_MANAGER")
abstract class UnchangedDatabaseTest {

  @Autowired WorkbookImportService imports;
  @Autowired JdbcTemplate jdbc;
  private DatabaseSnapshot before;

  @BeforeEach
  void snapshot() {
    before = DatabaseSnapshot.of(jdbc);
  }

  @AfterEach
  void databaseIsUnchanged() {
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }
}
