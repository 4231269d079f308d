package uk.nhs.screeningplanner.spreadsheet;

import java.math.BigDecimal;

/**
 * A whole number or a decimal. Numbers typed as text ("1,200", " 45 ") are read as numbers;
 * fractions may be typed as percentages ("59%" is 0.59) where the column allows it.
 */
final class NumberType<T extends Number> implements ValueType<T> {

  private final int maxDecimals;
  private final boolean percentAllowed;
  private final String example;
  private final java.util.function.Function<BigDecimal, T> convert;

  private NumberType(
      int maxDecimals,
      boolean percentAllowed,
      String example,
      java.util.function.Function<BigDecimal, T> convert) {
    this.maxDecimals = maxDecimals;
    this.percentAllowed = percentAllowed;
    this.example = example;
    this.convert = convert;
  }

  static NumberType<Integer> whole(String example) {
    return new NumberType<>(0, false, example, BigDecimal::intValueExact);
  }

  static NumberType<BigDecimal> decimal(int maxDecimals, boolean percent, String example) {
    return new NumberType<>(maxDecimals, percent, example, value -> value);
  }

  @Override
  public T parse(CellValue cell) throws ValueProblem {
    BigDecimal value =
        switch (cell.kind()) {
          case NUMBER -> cell.number();
          case TEXT -> fromText(cell.text());
          default -> throw new ValueProblem("is not a number; expected " + expected());
        };
    if (value.scale() > maxDecimals) {
      throw new ValueProblem(
          maxDecimals == 0
              ? "is not a whole number; expected " + expected()
              : "has more than " + maxDecimals + " decimal places; expected " + expected());
    }
    if (maxDecimals == 0 && value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw new ValueProblem("is far too large; expected " + expected());
    }
    return convert.apply(value);
  }

  private BigDecimal fromText(String text) throws ValueProblem {
    String plain = text.strip().replace(",", "").replace(" ", "").replace("\u00a0", "");
    boolean percent = percentAllowed && plain.endsWith("%");
    if (percent) {
      plain = plain.substring(0, plain.length() - 1);
    }
    try {
      BigDecimal value = CellValue.number(plain).number();
      return percent ? CellValue.normalised(value.movePointLeft(2)) : value;
    } catch (NumberFormatException e) {
      throw new ValueProblem("is not a number; expected " + expected());
    }
  }

  @Override
  public Object toCell(T value) {
    return value;
  }

  @Override
  public String describe(T value) {
    if (value == null) {
      return "(empty)";
    }
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  @Override
  public String expected() {
    String kind =
        maxDecimals == 0
            ? "a whole number"
            : "a number with at most " + maxDecimals + " decimal places";
    return kind + " such as " + example + (percentAllowed ? " (or a percentage such as 59%)" : "");
  }
}
