package uk.nhs.screeningplanner.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML (SAX, so memory stays flat however long the sheet) into rows of
 * {@link CellValue}s. Keeps formula results, notes formulas without one, and counts rows against
 * the limit as it goes, stopping the moment the limit is passed.
 */
final class SheetXmlHandler extends DefaultHandler {

  private final String sheetName;
  private final SharedStrings strings;
  private final CellFormats formats;
  private final boolean date1904;
  private final SpreadsheetLimits limits;
  private final RowListener listener;
  private final java.util.Map<Integer, String> sharedCache = new java.util.HashMap<>();

  private List<CellValue> cells;
  private int rowNumber;
  private int rowsWithValues;
  private int column;
  private String type;
  private int style;
  private boolean formula;
  private boolean inValue;
  private boolean inInlineText;
  private final StringBuilder value = new StringBuilder();
  private boolean hasValue;

  SheetXmlHandler(
      String sheetName,
      SharedStrings strings,
      CellFormats formats,
      boolean date1904,
      SpreadsheetLimits limits,
      RowListener listener) {
    this.sheetName = sheetName;
    this.strings = strings;
    this.formats = formats;
    this.date1904 = date1904;
    this.limits = limits;
    this.listener = listener;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes)
      throws SAXException {
    switch (localName) {
      case "row" -> startRow(attributes);
      case "c" -> startCell(attributes);
      case "v" -> startValue(false);
      case "t" -> inInlineText = "inlineStr".equals(type);
      case "is" -> startValue(true);
      case "f" -> formula = true;
      case "mergeCell" -> listener.merged(attributes.getValue("ref"));
      default -> {
        // other elements carry layout, not values
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue || inInlineText) {
      value.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    switch (localName) {
      case "v" -> inValue = false;
      case "t" -> inInlineText = false;
      case "c" -> endCell();
      case "row" -> endRow();
      default -> {
        // nothing to finish
      }
    }
  }

  private void startRow(Attributes attributes) throws SAXException {
    if (Thread.currentThread().isInterrupted()) {
      throw new StoppedException();
    }
    String r = attributes.getValue("r");
    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
    cells = new ArrayList<>();
    column = -1;
  }

  private void startCell(Attributes attributes) {
    String ref = attributes.getValue("r");
    column = ref == null ? column + 1 : columnOf(ref);
    type = attributes.getValue("t");
    String s = attributes.getValue("s");
    style = s == null ? 0 : Integer.parseInt(s);
    formula = false;
    hasValue = false;
    value.setLength(0);
  }

  /** An inline string's text is in {@code <is>}; a stray {@code <v>} beside it is ignored. */
  /** The column index of a reference such as "AB12"; faster than POI's regex-based parser. */
  static int columnOf(String reference) {
    int column = 0;
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        column = column * 26 + (c - 'A' + 1);
      } else if (c != '$') {
        break;
      }
    }
    return column - 1;
  }

  private void startValue(boolean inline) {
    boolean inlineCell = "inlineStr".equals(type);
    if (inline != inlineCell) {
      return;
    }
    inValue = !inline;
    hasValue = true;
  }

  private void endCell() throws SAXException {
    CellValue cell = cellValue();
    if (cell.kind() == CellValue.Kind.BLANK) {
      return;
    }
    if (column >= limits.maxColumns()) {
      throw limitPassed(
          "Sheet '"
              + sheetName
              + "' has a value in column "
              + CellReference.convertNumToColString(column)
              + " of row "
              + rowNumber
              + "; the limit is "
              + limits.maxColumns()
              + " columns. Delete anything to the right of the table.");
    }
    if (cell.text().length() > limits.maxCellCharacters()) {
      throw limitPassed(
          "Sheet '"
              + sheetName
              + "' cell "
              + new CellReference(rowNumber - 1, column).formatAsString()
              + " holds more than "
              + limits.maxCellCharacters()
              + " characters, the limit for one cell.");
    }
    while (cells.size() < column) {
      cells.add(CellValue.BLANK);
    }
    cells.add(cell);
  }

  private CellValue cellValue() {
    if (!hasValue) {
      return formula ? new CellValue(CellValue.Kind.NO_RESULT, "", null, true) : CellValue.BLANK;
    }
    String raw = value.toString();
    if (type == null || "n".equals(type)) {
      return number(raw);
    }
    return switch (type) {
      case "s" -> text(sharedString(Integer.parseInt(raw.trim())));
      case "b" ->
          new CellValue(CellValue.Kind.BOOLEAN, "1".equals(raw) ? "TRUE" : "FALSE", null, formula);
      case "e" -> new CellValue(CellValue.Kind.ERROR, raw, null, formula);
      default -> text(raw); // str, inlineStr, and ISO dates (t="d") read as text
    };
  }

  /** Shared strings repeat (codes, kinds, reasons), so each is looked up once. */
  private String sharedString(int index) {
    String cached = sharedCache.get(index);
    if (cached == null) {
      cached = strings.getItemAt(index).getString();
      sharedCache.put(index, cached);
    }
    return cached;
  }

  private CellValue text(String typed) {
    String text = CellText.clean(typed);
    return text.isEmpty()
        ? (formula ? new CellValue(CellValue.Kind.TEXT, "", null, true) : CellValue.BLANK)
        : new CellValue(CellValue.Kind.TEXT, text, null, formula);
  }

  private CellValue number(String raw) {
    if (raw.isBlank()) {
      return CellValue.BLANK;
    }
    java.time.LocalDateTime dateTime = null;
    if (isDateFormatted()) {
      double serial = Double.parseDouble(raw);
      if (DateUtil.isValidExcelDate(serial)) {
        dateTime = DateUtil.getLocalDateTime(serial, date1904, true);
      }
    }
    return new CellValue(CellValue.Kind.NUMBER, raw, dateTime, formula);
  }

  private boolean isDateFormatted() {
    return formats.isDate(style);
  }

  private void endRow() throws SAXException {
    if (cells.isEmpty()) {
      return;
    }
    rowsWithValues++;
    if (rowsWithValues > limits.maxDataRows() + 1) {
      throw limitPassed(tooManyRows(sheetName, limits));
    }
    listener.row(rowNumber, cells);
  }

  static String tooManyRows(String sheetName, SpreadsheetLimits limits) {
    return "Sheet '"
        + sheetName
        + "' has more than "
        + String.format("%,d", limits.maxDataRows())
        + " rows, the limit for one sheet. Delete rows that are not needed, or split the data"
        + " into separate workbooks.";
  }

  private static SAXException limitPassed(String message) {
    return new LimitPassedException(message);
  }

  /** A limit was passed: stop reading at once. */
  static final class LimitPassedException extends SAXException {
    LimitPassedException(String message) {
      super(message);
    }
  }

  /** The reading thread was interrupted (the user pressed Stop). */
  static final class StoppedException extends SAXException {
    StoppedException() {
      super("Reading was stopped.");
    }
  }
}
