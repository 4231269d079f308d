package uk.nhs.screeningplanner.forecast;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Saved scenarios on the embedded H2 database. */
@SpringBootTest(properties = "planner.test.context=forecast-service")
@ActiveProfiles("test")
class H2ScenarioRoundTripTest extends ScenarioRoundTrip {

  @Override
  String expectedDatabase() {
    return "H2";
  }
}
