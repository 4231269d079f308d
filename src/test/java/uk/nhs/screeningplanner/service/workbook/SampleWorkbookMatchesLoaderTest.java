package uk.nhs.screeningplanner.service.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.service.sample.SampleServiceGenerator;

/**
 * The sample workbook and the first-start loader give the same data: what the loader saved,
 * exported, is row for row the sample workbook the documented command writes for the same week.
 * (With the round trip tests, importing that workbook into an empty database gives the loader's
 * data.) Shares the sample loader test's untouched application context.
 */
@SpringBootTest(properties = "planner.test.context=sample-loader")
@ActiveProfiles("test")
class SampleWorkbookMatchesLoaderTest {

  @Autowired WorkbookExportService exports;
  @Autowired Clock clock;

  @Test
  void theLoadersDataExportsAsTheSampleWorkbookOfTheSameWeek() throws Exception {
    LocalDate anchor = SampleServiceGenerator.weekStart(LocalDate.now(clock));
    ByteArrayOutputStream exported = new ByteArrayOutputStream();

    exports.exportAll(exported);

    ServiceWorkbook read = WorkbookFixtures.read(exported.toByteArray());
    assertThat(read.problems()).isEmpty();
    assertThat(read.services()).isEqualTo(SampleWorkbooks.standard(anchor));
  }
}
