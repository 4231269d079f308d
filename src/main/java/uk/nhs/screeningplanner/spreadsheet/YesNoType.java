package uk.nhs.screeningplanner.spreadsheet;

import java.util.List;
import java.util.Locale;

/** Yes or No; also TRUE/FALSE, Y/N and 1/0, as people and other systems write them. */
final class YesNoType implements ValueType<Boolean> {

  @Override
  public Boolean parse(CellValue cell) throws ValueProblem {
    String text =
        cell.kind() == CellValue.Kind.NUMBER ? cell.number().toPlainString() : cell.text();
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1" -> true;
      case "no", "n", "false", "0" -> false;
      default -> throw new ValueProblem("is not Yes or No; expected " + expected());
    };
  }

  @Override
  public Object toCell(Boolean value) {
    return value ? "Yes" : "No";
  }

  @Override
  public String expected() {
    return "Yes or No";
  }

  @Override
  public List<String> choices() {
    return List.of("Yes", "No");
  }
}
