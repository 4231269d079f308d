package uk.nhs.screeningplanner.service.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed sample workbooks are what the generator makes for their anchor, and they pass every
 * check of the import. If this fails after a change to the generator or the format, regenerate them
 * with the command in sample-data/README.md.
 */
class SampleWorkbooksTest {

  private static final Path SAMPLE_DATA = Path.of("sample-data");

  @Test
  void theSampleServiceWorkbookIsTheGeneratedStandardSample() throws Exception {
    ServiceWorkbook read =
        WorkbookFixtures.read(Files.readAllBytes(SAMPLE_DATA.resolve(SampleWorkbooks.SAMPLE_FILE)));

    assertThat(read.problems()).isEmpty();
    assertThat(read.services()).isEqualTo(SampleWorkbooks.standard(SampleWorkbooks.ANCHOR));
  }

  @Test
  void theConsortiumWorkbookHoldsSevenServicesAsGenerated() throws Exception {
    ServiceWorkbook read =
        WorkbookFixtures.read(
            Files.readAllBytes(SAMPLE_DATA.resolve(SampleWorkbooks.CONSORTIUM_FILE)));

    assertThat(read.problems()).isEmpty();
    assertThat(read.services()).hasSize(7);
    assertThat(read.services()).isEqualTo(SampleWorkbooks.consortium(SampleWorkbooks.ANCHOR));
    int practices = read.services().stream().mapToInt(s -> s.count(PracticesSheet.SHEET)).sum();
    int staff = read.services().stream().mapToInt(s -> s.count(StaffSheet.SHEET)).sum();
    int availability =
        read.services().stream().mapToInt(s -> s.count(AvailabilitySheet.SHEET)).sum();
    assertThat(practices).isBetween(750, 850);
    assertThat(staff).isBetween(170, 215);
    assertThat(availability).isBetween(13_500, 17_500);
  }
}
