package uk.nhs.screeningplanner.spreadsheet;

/**
 * A cell's value does not fit its column. The message follows the quoted value, e.g. "is not a
 * whole number; expected a whole number such as 45".
 */
public class ValueProblem extends Exception {

  private final String value;

  public ValueProblem(String message) {
    this(null, message);
  }

  /** A problem with one part of the cell, e.g. one skill in a list of skills. */
  public ValueProblem(String value, String message) {
    super(message, null, false, false);
    this.value = value;
  }

  /** The part of the cell at fault, or null when it is the whole cell. */
  public String value() {
    return value;
  }
}
