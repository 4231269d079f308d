package uk.nhs.screeningplanner.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Function;

/** The kinds of column a workbook format can use. */
public final class ValueTypes {

  /** Dates before or after these are taken for typing mistakes. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

  public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

  private static final ValueType<String> TEXT = new TextType(false, null);
  private static final ValueType<LocalDate> DATE = new DateType(EARLIEST_DATE, LATEST_DATE);
  private static final ValueType<LocalTime> TIME = new TimeType();
  private static final ValueType<Boolean> YES_NO = new YesNoType();

  private ValueTypes() {}

  public static ValueType<String> text() {
    return TEXT;
  }

  /** A short code, put in capitals. */
  public static ValueType<String> code(String example) {
    return new TextType(true, example);
  }

  public static ValueType<Integer> wholeNumber(String example) {
    return NumberType.whole(example);
  }

  public static ValueType<BigDecimal> decimal(int maxDecimals, String example) {
    return NumberType.decimal(maxDecimals, false, example);
  }

  /** A share between 0 and 1, which may also be typed as a percentage. */
  public static ValueType<BigDecimal> fraction(int maxDecimals, String example) {
    return NumberType.decimal(maxDecimals, true, example);
  }

  public static ValueType<LocalDate> date() {
    return DATE;
  }

  public static ValueType<LocalTime> time() {
    return TIME;
  }

  public static ValueType<Boolean> yesNo() {
    return YES_NO;
  }

  public static <E extends Enum<E>> ValueType<E> choice(
      String noun, Class<E> type, Function<E, String> label) {
    return new ChoiceType<>(noun, type, label);
  }

  public static <E extends Enum<E>> ValueType<Set<E>> choices(
      String noun, Class<E> type, Function<E, String> label) {
    return new ChoiceSetType<>(noun, type, label);
  }

  public static ValueType<SortedSet<String>> codes(String example) {
    return new CodeSetType(example);
  }
}
