package uk.nhs.screeningplanner.service.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import uk.nhs.screeningplanner.spreadsheet.Problem;

/**
 * Files that are not service workbooks at all, or break a size limit, are refused with one clear
 * sentence, quickly, and the database is left exactly as it was.
 */
class HostileFileTest extends UnchangedDatabaseTest {

  private static final String SAVE_AS =
      " Open it in Excel and save it as \"Excel Workbook (.xlsx)\", then upload that file.";

  @Test
  void aCsvFileIsRefused() {
    byte[] csv = "Service,Code,Name\nLDS,HOSP,General Hospital\n".getBytes(StandardCharsets.UTF_8);

    assertThat(onlyProblem(csv, "sites.csv"))
        .isEqualTo("This looks like a text or CSV file, not an Excel workbook (.xlsx)." + SAVE_AS);
  }

  @Test
  void anOldXlsFileIsRefused() throws IOException {
    ByteArrayOutputStream xls = new ByteArrayOutputStream();
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      workbook.createSheet("Settings").createRow(0).createCell(0).setCellValue("Service");
      workbook.write(xls);
    }

    assertThat(onlyProblem(xls.toByteArray(), "workbook.xls"))
        .isEqualTo(
            "This is an Excel 97-2003 workbook (.xls), an older format that is not accepted."
                + SAVE_AS);
  }

  @Test
  void aPasswordProtectedWorkbookIsRefused() throws Exception {
    ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OPCPackage workbook =
              OPCPackage.open(new ByteArrayInputStream(TestWorkbooks.fixture("LOCKED")));
          OutputStream out = encryptor.getDataStream(fs)) {
        workbook.save(out);
      }
      fs.writeFilesystem(encrypted);
    }

    assertThat(onlyProblem(encrypted.toByteArray(), "locked.xlsx"))
        .isEqualTo(
            "This workbook is protected with a password, so it cannot be read. In Excel choose"
                + " File > Info > Protect Workbook > Encrypt with Password, clear the password,"
                + " save and upload it again.");
  }

  @Test
  void aPdfRenamedToXlsxIsRefused() {
    byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.UTF_8);

    assertThat(onlyProblem(pdf, "workbook.xlsx"))
        .isEqualTo(
            "This is a PDF file, not an Excel workbook (.xlsx). Upload the workbook itself,"
                + " saved as .xlsx.");
  }

  @Test
  void aZipBombIsStoppedAfterTheFirstMegabytes() throws IOException {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 50; i++) {
        zip.write(zeros);
      }
    }
    assertThat(bomb.size()).isLessThan(200_000);

    long started = System.nanoTime();
    assertThat(onlyProblem(bomb.toByteArray(), "bomb.xlsx"))
        .isEqualTo(
            "The file looks like a zip bomb: its part xl/worksheets/sheet1.xml grows more than"
                + " 100 times when unzipped, which a real workbook never does. It is not"
                + " accepted.");
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
  }

  @Test
  void aSheetOfAMillionRowsIsRefusedAtTheRowLimit() {
    byte[] file = TestWorkbooks.withAvailabilityRows(1_000_000);

    long started = System.nanoTime();
    assertThat(onlyProblem(file, "million.xlsx"))
        .isEqualTo(
            "Sheet 'Availability' has more than 100,000 rows, the limit for one sheet. Delete"
                + " rows that are not needed, or split the data into separate workbooks.");
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_500);
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedWithoutReadingIt() {
    byte[] large = new byte[21 * 1024 * 1024];
    large[0] = 'P';
    large[1] = 'K';

    assertThat(onlyProblem(large, "huge.xlsx"))
        .isEqualTo(
            "The file is larger than 20 MB, the limit for an import. Remove rows that are not"
                + " needed, or split the data into separate workbooks.");
  }

  @Test
  void aZipThatIsNotAWorkbookIsRefused() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      zip.putNextEntry(new ZipEntry("notes.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
    }

    assertThat(onlyProblem(zipped.toByteArray(), "archive.xlsx"))
        .isEqualTo(
            "The file is a zip archive but not a readable Excel workbook (.xlsx). It may be a"
                + " Word or other Office file, or damaged. Save it again from Excel as \"Excel"
                + " Workbook (.xlsx)\".");
  }

  private String onlyProblem(byte[] file, String name) {
    ImportCheck check = imports.check(new ByteArrayInputStream(file), name, m -> {});
    assertThat(check.hasErrors()).isTrue();
    assertThat(check.preview()).isNull();
    assertThat(check.problems()).hasSize(1);
    Problem problem = check.problems().get(0);
    assertThat(problem.sheet()).isNull();
    return problem.text();
  }
}
