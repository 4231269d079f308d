package uk.nhs.screeningplanner.spreadsheet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One of a fixed list (an enumeration). The code is written (MOBILE_PITCH); when reading, the code
 * in any case, with spaces or hyphens for underscores, or the label ("Mobile pitch") are accepted.
 */
final class ChoiceType<E extends Enum<E>> implements ValueType<E> {

  private final String noun;
  private final List<E> values;
  private final Function<E, String> label;

  ChoiceType(String noun, Class<E> type, Function<E, String> label) {
    this.noun = noun;
    this.values = Arrays.asList(type.getEnumConstants());
    this.label = label;
  }

  @Override
  public E parse(CellValue cell) throws ValueProblem {
    return find(cell.text()).orElseThrow(() -> notKnown(cell.text().strip()));
  }

  java.util.Optional<E> find(String text) {
    String wanted = text.strip();
    String asCode = wanted.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    return values.stream()
        .filter(v -> v.name().equals(asCode) || label.apply(v).equalsIgnoreCase(wanted))
        .findFirst();
  }

  ValueProblem notKnown(String value) {
    return new ValueProblem(value, "is not a known " + noun + "; expected " + expected());
  }

  @Override
  public Object toCell(E value) {
    return value.name();
  }

  @Override
  public String expected() {
    return "one of " + String.join(", ", choices());
  }

  @Override
  public List<String> choices() {
    return values.stream().map(Enum::name).toList();
  }
}
