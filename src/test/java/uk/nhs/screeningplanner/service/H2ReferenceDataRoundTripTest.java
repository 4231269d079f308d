package uk.nhs.screeningplanner.service;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The reference-data round trip on the embedded default database (H2, PostgreSQL mode). */
@SpringBootTest
@ActiveProfiles("test")
class H2ReferenceDataRoundTripTest extends ReferenceDataRoundTrip {

  @Override
  String expectedDatabase() {
    return "H2";
  }
}
