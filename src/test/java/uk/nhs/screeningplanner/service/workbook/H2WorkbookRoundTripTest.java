package uk.nhs.screeningplanner.service.workbook;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The workbook round trip on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class H2WorkbookRoundTripTest extends WorkbookDatabaseRoundTrip {

  @Override
  String serviceCode() {
    return "RTH2";
  }
}
