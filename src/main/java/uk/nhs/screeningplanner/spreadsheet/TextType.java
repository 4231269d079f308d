package uk.nhs.screeningplanner.spreadsheet;

import java.util.Locale;

/** Free text, or a code: spaces at either end are dropped; codes are put in capitals. */
final class TextType implements ValueType<String> {

  private final boolean code;
  private final String example;

  TextType(boolean code, String example) {
    this.code = code;
    this.example = example;
  }

  @Override
  public String parse(CellValue cell) {
    String text =
        cell.kind() == CellValue.Kind.NUMBER ? cell.number().toPlainString() : cell.text().strip();
    return code ? text.toUpperCase(Locale.ROOT) : text;
  }

  @Override
  public Object toCell(String value) {
    return value;
  }

  @Override
  public String expected() {
    return example == null ? "text" : "text such as " + example;
  }
}
