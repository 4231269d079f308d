package uk.nhs.screeningplanner.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles show numbers as dates or times, read from the workbook's styles part with a
 * small SAX pass (POI's full styles model loads XMLBeans, which costs seconds on a cold start and
 * is not needed to read values).
 */
final class CellFormats {

  private final List<Boolean> dateStyles;

  private CellFormats(List<Boolean> dateStyles) {
    this.dateStyles = dateStyles;
  }

  static CellFormats none() {
    return new CellFormats(List.of());
  }

  static CellFormats read(InputStream styles)
      throws IOException, SAXException, ParserConfigurationException {
    Map<Integer, String> custom = new HashMap<>();
    List<Integer> formatIds = new ArrayList<>();
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(
        new DefaultHandler() {
          private boolean inCellXfs;

          @Override
          public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
              case "numFmt" ->
                  custom.put(Integer.parseInt(a.getValue("numFmtId")), a.getValue("formatCode"));
              case "cellXfs" -> inCellXfs = true;
              case "xf" -> {
                if (inCellXfs) {
                  String id = a.getValue("numFmtId");
                  formatIds.add(id == null ? 0 : Integer.parseInt(id));
                }
              }
              default -> {
                // fonts, fills and borders do not change what a value is
              }
            }
          }

          @Override
          public void endElement(String uri, String local, String qName) {
            if ("cellXfs".equals(local)) {
              inCellXfs = false;
            }
          }
        });
    xml.parse(new InputSource(styles));
    List<Boolean> dates = new ArrayList<>();
    for (int id : formatIds) {
      String format = custom.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
      dates.add(format != null && DateUtil.isADateFormat(id, format));
    }
    return new CellFormats(dates);
  }

  /** Whether cells of this style (the {@code s} attribute) show a date or a time. */
  boolean isDate(int style) {
    return style >= 0 && style < dateStyles.size() && dateStyles.get(style);
  }
}
