package uk.nhs.screeningplanner.service.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Written and read back without a database, the workbook gives exactly the rows it was made of. */
class ServiceWorkbookRoundTripTest {

  @Test
  void everyRowSurvivesWritingAndReading() {
    WorkbookService original = WorkbookFixtures.smallService("RTA").rows();

    ServiceWorkbook read = WorkbookFixtures.read(WorkbookFixtures.write(List.of(original)));

    assertThat(read.problems()).isEmpty();
    assertThat(read.services()).singleElement().isEqualTo(original);
  }
}
