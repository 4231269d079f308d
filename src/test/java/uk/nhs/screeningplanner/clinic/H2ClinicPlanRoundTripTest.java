package uk.nhs.screeningplanner.clinic;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The clinic plan round trip on the embedded H2 (PostgreSQL mode). */
@SpringBootTest
@ActiveProfiles("test")
class H2ClinicPlanRoundTripTest extends ClinicPlanRoundTrip {

  @Override
  String expectedDatabase() {
    return "H2";
  }
}
