package uk.nhs.screeningplanner.spreadsheet;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Several of a fixed list in one cell, separated by commas: "MAMMOGRAPHER, READER". */
final class ChoiceSetType<E extends Enum<E>> implements ValueType<Set<E>> {

  private final ChoiceType<E> choice;
  private final Class<E> type;

  ChoiceSetType(String noun, Class<E> type, Function<E, String> label) {
    this.choice = new ChoiceType<>(noun, type, label);
    this.type = type;
  }

  @Override
  public Set<E> parse(CellValue cell) throws ValueProblem {
    Set<E> chosen = EnumSet.noneOf(type);
    for (String item : CodeSetType.split(cell.text())) {
      chosen.add(choice.find(item).orElseThrow(() -> choice.notKnown(item)));
    }
    return chosen;
  }

  @Override
  public Object toCell(Set<E> value) {
    return value.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
  }

  @Override
  public String expected() {
    return choice.expected() + " (several separated by commas)";
  }

  @Override
  public List<String> choices() {
    return choice.choices();
  }

  @Override
  public boolean choicesMayBeCombined() {
    return true;
  }
}
