package uk.nhs.screeningplanner.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Checks a file cheaply before POI opens it: that it is an .xlsx at all (and if not, what it is),
 * and that unzipped it stays within the size, entry and compression-ratio limits, so a zip bomb is
 * stopped after a megabyte or so rather than filling the memory.
 */
final class FileChecks {

  private static final String SAVE_AS_XLSX =
      " Open it in Excel and save it as \"Excel Workbook (.xlsx)\", then upload that file.";
  private static final long RATIO_CHECK_FROM = 1024L * 1024L;

  private FileChecks() {}

  /**
   * Checks the file and returns, for each worksheet part, how many rows hold values.
   *
   * @throws UnreadableWorkbookException saying what the file is, or which limit it breaks
   */
  static Map<String, Long> check(Path file, SpreadsheetLimits limits)
      throws UnreadableWorkbookException {
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw new UnreadableWorkbookException("The file is empty.");
      }
      if (size > limits.maxFileBytes()) {
        throw new UnreadableWorkbookException(limits.fileTooLarge());
      }
      checkKind(file);
      return checkZip(file, limits);
    } catch (IOException e) {
      throw new UnreadableWorkbookException(
          "The file could not be read. It may be damaged; save it again from Excel.", e);
    }
  }

  private static void checkKind(Path file) throws IOException, UnreadableWorkbookException {
    FileMagic magic = FileMagic.valueOf(file.toFile());
    switch (magic) {
      case OOXML -> {
        return;
      }
      case OLE2 -> throw new UnreadableWorkbookException(describeOle2(file));
      case BIFF2, BIFF3, BIFF4 -> throw new UnreadableWorkbookException(oldExcel());
      case PDF ->
          throw new UnreadableWorkbookException(
              "This is a PDF file, not an Excel workbook (.xlsx)."
                  + " Upload the workbook itself, saved as .xlsx.");
      case HTML, XML ->
          throw new UnreadableWorkbookException(
              "This is a web page or XML file, not an Excel workbook (.xlsx)." + SAVE_AS_XLSX);
      default -> throw new UnreadableWorkbookException(describeUnknown(file));
    }
  }

  private static String describeOle2(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      if (fs.getRoot().hasEntry("EncryptionInfo")) {
        return "This workbook is protected with a password, so it cannot be read. In Excel choose"
            + " File > Info > Protect Workbook > Encrypt with Password, clear the password, save"
            + " and upload it again.";
      }
    } catch (IOException | RuntimeException e) {
      // not readable as OLE2 either: describe it as an old Excel file anyway
    }
    return oldExcel();
  }

  private static String oldExcel() {
    return "This is an Excel 97-2003 workbook (.xls), an older format that is not accepted."
        + SAVE_AS_XLSX;
  }

  private static String describeUnknown(Path file) throws IOException {
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(512);
    }
    for (byte b : start) {
      if (b == 0) {
        return "This is not an Excel workbook (.xlsx)." + SAVE_AS_XLSX;
      }
    }
    return "This looks like a text or CSV file, not an Excel workbook (.xlsx)." + SAVE_AS_XLSX;
  }

  private static Map<String, Long> checkZip(Path file, SpreadsheetLimits limits)
      throws IOException, UnreadableWorkbookException {
    Map<String, Long> rows = new HashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > limits.maxZipEntries()) {
        throw new UnreadableWorkbookException(
            "The file holds more than "
                + limits.maxZipEntries()
                + " parts, the limit for an import. It is not accepted.");
      }
      long total = 0;
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        RowCounter counter = isWorksheet(entry) ? new RowCounter() : null;
        total += inflatedSize(zip, entry, limits, total, counter);
        if (counter != null) {
          rows.put("/" + entry.getName(), counter.rows());
        }
      }
      return rows;
    } catch (ZipException e) {
      throw new UnreadableWorkbookException(
          "The file is damaged: it starts like an Excel workbook but cannot be unzipped."
              + " Save it again from Excel and upload the new file.",
          e);
    }
  }

  private static boolean isWorksheet(ZipEntry entry) {
    return entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml");
  }

  /** Unzips one entry into nothing, counting, and stops as soon as a limit is passed. */
  private static long inflatedSize(
      ZipFile zip, ZipEntry entry, SpreadsheetLimits limits, long totalSoFar, RowCounter rows)
      throws IOException, UnreadableWorkbookException {
    long compressed = Math.max(entry.getCompressedSize(), 1);
    long inflated = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        inflated += n;
        if (rows != null) {
          rows.accept(buffer, n);
        }
        if (totalSoFar + inflated > limits.maxUncompressedBytes()) {
          throw new UnreadableWorkbookException(
              "Unzipped, the file would be larger than "
                  + limits.maxUncompressedMegabytes()
                  + " MB, the limit for an import. It is not accepted.");
        }
        if (inflated > RATIO_CHECK_FROM && inflated > compressed * limits.maxCompressionRatio()) {
          throw new UnreadableWorkbookException(
              "The file looks like a zip bomb: its part "
                  + entry.getName()
                  + " grows more than "
                  + limits.maxCompressionRatio()
                  + " times when unzipped, which a real workbook never does. It is not accepted.");
        }
      }
    }
    return inflated;
  }
}
