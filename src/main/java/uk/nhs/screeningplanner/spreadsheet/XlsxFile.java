package uk.nhs.screeningplanner.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx opened for streaming: the file has passed {@link FileChecks}, its sheet list and shared
 * strings are read, and each sheet can be streamed row by row. POI's own XML reader is used
 * throughout, which refuses DOCTYPEs and so external entities and entity-expansion bombs.
 */
final class XlsxFile implements AutoCloseable {

  private final OPCPackage pkg;
  private final XSSFReader reader;
  private final ReadOnlySharedStringsTable strings;
  private final CellFormats formats;
  private final List<SheetRef> sheets = new ArrayList<>();
  private final SpreadsheetLimits limits;
  private boolean date1904;

  private XlsxFile(OPCPackage pkg, SpreadsheetLimits limits)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    this.pkg = pkg;
    this.limits = limits;
    this.reader = new XSSFReader(pkg);
    this.strings = new ReadOnlySharedStringsTable(pkg, false);
    this.formats = readFormats(reader);
    readWorkbookPart();
  }

  static XlsxFile open(Path file, SpreadsheetLimits limits) throws UnreadableWorkbookException {
    Map<String, Long> rows = FileChecks.check(file, limits);
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
      XlsxFile xlsx = new XlsxFile(pkg, limits);
      xlsx.checkRowCounts(rows);
      return xlsx;
    } catch (UnreadableWorkbookException e) {
      pkg.revert();
      throw e;
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      if (pkg != null) {
        pkg.revert();
      }
      throw new UnreadableWorkbookException(
          "The file is a zip archive but not a readable Excel workbook (.xlsx). It may be a"
              + " Word or other Office file, or damaged. Save it again from Excel as"
              + " \"Excel Workbook (.xlsx)\".",
          e);
    }
  }

  /** Refuses a sheet with too many rows before any of it is parsed. */
  private void checkRowCounts(Map<String, Long> rowsByPart)
      throws IOException, OpenXML4JException, UnreadableWorkbookException {
    XSSFReader.SheetIterator sheets = reader.getSheetIterator();
    while (sheets.hasNext()) {
      sheets.next().close();
      long rows = rowsByPart.getOrDefault(sheets.getSheetPart().getPartName().getName(), 0L);
      if (rows > limits.maxDataRows() + 1L) {
        throw new UnreadableWorkbookException(
            SheetXmlHandler.tooManyRows(sheets.getSheetName(), limits));
      }
    }
  }

  List<SheetRef> sheets() {
    return sheets;
  }

  /** Streams one sheet to the listener; stops with the limit's message if one is passed. */
  void stream(SheetRef sheet, RowListener listener) throws UnreadableWorkbookException {
    try (InputStream in = reader.getSheet(sheet.relationId())) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new SheetXmlHandler(sheet.name(), strings, formats, date1904, limits, listener));
      xml.parse(new InputSource(in));
    } catch (SheetXmlHandler.LimitPassedException | SheetXmlHandler.StoppedException e) {
      throw new UnreadableWorkbookException(e.getMessage(), e);
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      throw new UnreadableWorkbookException(
          "Sheet '"
              + sheet.name()
              + "' is damaged and cannot be read. Save the file again from"
              + " Excel and upload the new file.",
          e);
    }
  }

  private static CellFormats readFormats(XSSFReader reader)
      throws IOException, SAXException, ParserConfigurationException {
    try (InputStream styles = reader.getStylesData()) {
      return CellFormats.read(styles);
    } catch (OpenXML4JException | RuntimeException e) {
      return CellFormats.none(); // a workbook without a styles part has no dates to recognise
    }
  }

  private void readWorkbookPart()
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    try (InputStream in = reader.getWorkbookData()) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
              if ("sheet".equals(local)) {
                String state = a.getValue("state");
                sheets.add(
                    new SheetRef(
                        a.getValue("name"),
                        relationId(a),
                        state != null && !"visible".equals(state)));
              } else if ("workbookPr".equals(local)) {
                String value = a.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
              }
            }
          });
      xml.parse(new InputSource(in));
    }
  }

  private static String relationId(Attributes attributes) {
    for (int i = 0; i < attributes.getLength(); i++) {
      if ("id".equals(attributes.getLocalName(i))) {
        return attributes.getValue(i);
      }
    }
    return null;
  }

  @Override
  public void close() {
    pkg.revert();
  }
}
