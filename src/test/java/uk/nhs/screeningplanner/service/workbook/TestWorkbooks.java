package uk.nhs.screeningplanner.service.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds test workbooks: the small fixture service, edited the way people and tools mess it up. */
final class TestWorkbooks {

  private TestWorkbooks() {}

  /** The small fixture service as a workbook. */
  static byte[] fixture(String code) {
    return WorkbookFixtures.write(List.of(WorkbookFixtures.smallService(code).rows()));
  }

  /** The file after a change made through POI's full (DOM) API, as Excel would make it. */
  static byte[] edit(byte[] file, Consumer<XSSFWorkbook> change) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      change.accept(workbook);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cell at an A1 reference of a sheet, created if missing. */
  static Cell cell(XSSFWorkbook workbook, String sheet, String reference) {
    CellReference at = new CellReference(reference);
    Sheet s = workbook.getSheet(sheet);
    Row row = s.getRow(at.getRow()) == null ? s.createRow(at.getRow()) : s.getRow(at.getRow());
    return row.getCell(at.getCol()) == null
        ? row.createCell(at.getCol())
        : row.getCell(at.getCol());
  }

  /** The file with the text of the parts whose names end so rewritten: for what POI cannot make. */
  static byte[] rewriteParts(byte[] file, String nameEnd, UnaryOperator<String> rewrite) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        for (Map.Entry<String, byte[]> entry : parts(file).entrySet()) {
          byte[] content = entry.getValue();
          if (entry.getKey().endsWith(nameEnd)) {
            String text = new String(content, StandardCharsets.UTF_8);
            content = rewrite.apply(text).getBytes(StandardCharsets.UTF_8);
          }
          out.putNextEntry(new ZipEntry(entry.getKey()));
          out.write(content);
          out.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The fixture workbook with its Availability sheet replaced by one of {@code rows} rows, written
   * straight into the zip (much faster than building it through POI).
   */
  static byte[] withAvailabilityRows(int rows) {
    String part = sheetPart("Availability");
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        out.setLevel(java.util.zip.Deflater.BEST_SPEED);
        for (Map.Entry<String, byte[]> entry : parts(fixture("BIG")).entrySet()) {
          out.putNextEntry(new ZipEntry(entry.getKey()));
          if (entry.getKey().equals(part)) {
            writeRows(out, rows);
          } else {
            out.write(entry.getValue());
          }
          out.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeRows(ZipOutputStream out, int rows) throws IOException {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=")
        .append("\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
        .append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Staff code</t></is></c></row>");
    for (int r = 2; r <= rows; r++) {
      xml.append("<row r=\"")
          .append(r)
          .append("\"><c r=\"A")
          .append(r)
          .append("\" t=\"inlineStr\"><is><t>M01</t></is></c><c r=\"B")
          .append(r)
          .append("\"><v>46000</v></c></row>");
      if (xml.length() > 1 << 20) {
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        xml.setLength(0);
      }
    }
    xml.append("</sheetData></worksheet>");
    out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The parts of a zip file by name, in order. */
  static Map<String, byte[]> parts(byte[] file) throws IOException {
    Path temp = Files.createTempFile("parts", ".zip");
    try {
      Files.write(temp, file);
      Map<String, byte[]> parts = new LinkedHashMap<>();
      try (ZipFile zip = new ZipFile(temp.toFile())) {
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
          try (var in = zip.getInputStream(entry)) {
            parts.put(entry.getName(), in.readAllBytes());
          }
        }
      }
      return parts;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The part name of a sheet in files this app writes (Read me is sheet1, then in order). */
  static String sheetPart(String sheet) {
    int index = ServiceWorkbookFormat.LAYOUTS.stream().map(l -> l.name()).toList().indexOf(sheet);
    return "xl/worksheets/sheet" + (index + 2) + ".xml";
  }
}
