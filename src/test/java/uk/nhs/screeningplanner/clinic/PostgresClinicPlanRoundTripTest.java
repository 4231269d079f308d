package uk.nhs.screeningplanner.clinic;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.nhs.screeningplanner.PostgresTestDatabase;

/** The clinic plan round trip on a real PostgreSQL, with the same migrations. */
@SpringBootTest
@ActiveProfiles("test")
class PostgresClinicPlanRoundTripTest extends ClinicPlanRoundTrip {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresTestDatabase.register(registry);
  }

  @Override
  String expectedDatabase() {
    return "PostgreSQL";
  }
}
