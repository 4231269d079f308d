package uk.nhs.screeningplanner.spreadsheet;

/**
 * One column of a sheet, defined once and used by the reader, the writer and the template.
 *
 * @param header the heading in row 1, and the name errors use
 * @param type what the column holds
 * @param required whether a row must have a value here (and the sheet must have the column)
 * @param note help for the person filling it in: meaning, units, allowed values
 * @param width column width in characters
 * @param <T> the value's Java type
 */
public record Column<T>(
    String header, ValueType<T> type, boolean required, String note, int width) {

  public static <T> Column<T> required(String header, ValueType<T> type, String note) {
    return new Column<>(header, type, true, note, defaultWidth(header));
  }

  public static <T> Column<T> optional(String header, ValueType<T> type, String note) {
    return new Column<>(header, type, false, note, defaultWidth(header));
  }

  public Column<T> width(int characters) {
    return new Column<>(header, type, required, note, characters);
  }

  /** The note, the expected form, and the allowed values, as one help text. */
  public String help() {
    StringBuilder help = new StringBuilder(note);
    help.append(note.endsWith(".") ? " " : ". ");
    help.append(required ? "Required: " : "Optional: ").append(type.expected()).append('.');
    return help.toString();
  }

  private static int defaultWidth(String header) {
    return Math.max(12, Math.min(40, header.length() + 4));
  }
}
