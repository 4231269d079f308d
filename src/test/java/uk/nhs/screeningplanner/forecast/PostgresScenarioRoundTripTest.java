package uk.nhs.screeningplanner.forecast;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.nhs.screeningplanner.PostgresTestDatabase;

/** Saved scenarios on a real PostgreSQL, with the same migrations. */
@SpringBootTest
@ActiveProfiles("test")
class PostgresScenarioRoundTripTest extends ScenarioRoundTrip {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresTestDatabase.register(registry);
  }

  @Override
  String expectedDatabase() {
    return "PostgreSQL";
  }
}
