package uk.nhs.screeningplanner.spreadsheet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/** Several codes in one cell, separated by commas or semicolons: "HOSP, TESCO". */
final class CodeSetType implements ValueType<SortedSet<String>> {

  private final String example;

  CodeSetType(String example) {
    this.example = example;
  }

  static List<String> split(String text) {
    return Arrays.stream(text.split("[,;\\n]"))
        .map(String::strip)
        .filter(item -> !item.isEmpty())
        .toList();
  }

  @Override
  public SortedSet<String> parse(CellValue cell) {
    TreeSet<String> codes = new TreeSet<>();
    String text =
        cell.kind() == CellValue.Kind.NUMBER ? cell.number().toPlainString() : cell.text();
    split(text).forEach(code -> codes.add(code.toUpperCase(Locale.ROOT)));
    return codes;
  }

  @Override
  public Object toCell(SortedSet<String> value) {
    return String.join(", ", value);
  }

  @Override
  public String expected() {
    return "codes separated by commas, such as " + example;
  }
}
