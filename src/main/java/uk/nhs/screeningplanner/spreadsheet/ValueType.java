package uk.nhs.screeningplanner.spreadsheet;

import java.util.List;

/**
 * What a column holds: how a cell becomes a value (forgiving of the ways people type it), how a
 * value is written back, and how it is described to a person.
 *
 * @param <T> the value's Java type
 */
public interface ValueType<T> {

  /**
   * The value of a non-blank cell.
   *
   * @throws ValueProblem saying what is wrong and what was expected
   */
  T parse(CellValue cell) throws ValueProblem;

  /** What the writer puts in the cell: a String, a Number, a LocalDate or a LocalTime. */
  Object toCell(T value);

  /** The value in words, for previews and change lists. */
  default String describe(T value) {
    return value == null ? "(empty)" : String.valueOf(toCell(value));
  }

  /** What a cell must hold, e.g. "a whole number" or "a date such as 24/11/2026". */
  String expected();

  /** The allowed values, for a drop-down; empty when any value of the type will do. */
  default List<String> choices() {
    return List.of();
  }

  /** Whether the drop-down may be typed over, e.g. to list several choices in one cell. */
  default boolean choicesMayBeCombined() {
    return false;
  }
}
