package uk.nhs.screeningplanner.service.workbook;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.nhs.screeningplanner.PostgresTestDatabase;

/** The workbook round trip on a real PostgreSQL, with the same migrations. */
@SpringBootTest
@ActiveProfiles("test")
class PostgresWorkbookRoundTripTest extends WorkbookDatabaseRoundTrip {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresTestDatabase.register(registry);
  }

  @Override
  String serviceCode() {
    return "RTPG";
  }
}
