package uk.nhs.screeningplanner.service.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden service workbook (src/test/resources/workbook/golden-service-workbook.xlsx) pins the
 * format sheet by sheet: reading it gives the fixture's rows, and writing the fixture gives its
 * cells, formats and notes. After an intended change to the format, rewrite it with {@code ./mvnw
 * test -Dtest=GoldenWorkbookTest -Dworkbook.golden.update=true} and review the diff.
 */
class GoldenWorkbookTest {

  static final Path GOLDEN = Path.of("src/test/resources/workbook/golden-service-workbook.xlsx");
  static final String CODE = "GOLD";

  static byte[] golden;
  static byte[] written;

  @BeforeAll
  static void readGoldenAndWriteFixture() throws IOException {
    written = TestWorkbooks.fixture(CODE);
    if (Boolean.getBoolean("workbook.golden.update")) {
      Files.write(GOLDEN, written);
    }
    golden = Files.readAllBytes(GOLDEN);
  }

  static Stream<String> sheets() {
    return ServiceWorkbookFormat.LAYOUTS.stream().map(layout -> layout.name());
  }

  @ParameterizedTest
  @MethodSource("sheets")
  void readingTheGoldenFileGivesTheFixtureRowsOf(String sheet) {
    ServiceWorkbook read = WorkbookFixtures.read(golden);
    EntitySheet<?> entitySheet = sheetNamed(sheet);

    assertThat(read.problems()).isEmpty();
    assertThat(read.services()).hasSize(1);
    assertThat(read.services().get(0).rows(entitySheet))
        .isEqualTo(WorkbookFixtures.smallService(CODE).rows().rows(entitySheet))
        .isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("sheets")
  void writingTheFixtureGivesTheGoldenCellsOf(String sheet) throws IOException {
    assertThat(cells(written, sheet)).isEqualTo(cells(golden, sheet)).hasSizeGreaterThan(10);
  }

  @Test
  void theReadMeSheetComesFirstAndDescribesEveryColumn() throws IOException {
    List<String> readMe = cells(golden, ServiceWorkbookFormat.READ_ME);

    assertThat(cells(written, ServiceWorkbookFormat.READ_ME)).isEqualTo(readMe);
    assertThat(readMe)
        .anyMatch(c -> c.endsWith("=Skills|General|"))
        .anyMatch(c -> c.contains("An ARBITRATOR must also be a READER."));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(golden))) {
      assertThat(workbook.getSheetName(0)).isEqualTo(ServiceWorkbookFormat.READ_ME);
    }
  }

  /** Every cell of a sheet as "A1=text|format|comment", plus widths and panes. */
  static List<String> cells(byte[] file, String sheetName) throws IOException {
    List<String> cells = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      XSSFSheet sheet = workbook.getSheet(sheetName);
      for (Row row : sheet) {
        for (Cell cell : row) {
          cells.add(
              sheetName
                  + "!"
                  + cell.getAddress()
                  + "="
                  + formatter.formatCellValue(cell)
                  + "|"
                  + cell.getCellStyle().getDataFormatString()
                  + "|"
                  + (cell.getCellComment() == null
                      ? ""
                      : cell.getCellComment().getString().getString()));
        }
      }
      for (int i = 0; i < 12; i++) {
        cells.add("width " + i + "=" + sheet.getColumnWidth(i));
      }
      cells.add("pane=" + sheet.getPaneInformation());
      cells.add("validations=" + sheet.getDataValidations().size());
    }
    return cells;
  }

  private static EntitySheet<?> sheetNamed(String name) {
    return ServiceWorkbookFormat.SHEETS.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
