package uk.nhs.screeningplanner.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values of one row by column. Empty cells have no value. Two rows with equal values are equal.
 */
public final class Row {

  private final Map<Column<?>, Object> values;

  private Row(Map<Column<?>, Object> values) {
    this.values = Map.copyOf(values);
  }

  public static Builder builder() {
    return new Builder();
  }

  @SuppressWarnings("unchecked")
  public <T> T get(Column<T> column) {
    return (T) values.get(column);
  }

  /** A copy of this row with one value replaced (null empties the cell). */
  public <T> Row with(Column<T> column, T value) {
    Map<Column<?>, Object> copy = new HashMap<>(values);
    if (value == null) {
      copy.remove(column);
    } else {
      copy.put(column, value);
    }
    return new Row(copy);
  }

  public boolean has(Column<?> column) {
    return values.containsKey(column);
  }

  /** The columns of the layout whose values differ between the two rows. */
  public List<Column<?>> differences(Row other, List<Column<?>> columns) {
    List<Column<?>> changed = new ArrayList<>();
    for (Column<?> column : columns) {
      if (!Objects.equals(get(column), other.get(column))) {
        changed.add(column);
      }
    }
    return changed;
  }

  /** The value in words, for previews. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public String describe(Column<?> column) {
    return ((ValueType) column.type()).describe(get(column));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Row row && values.equals(row.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }

  /** Builds a row; a null value leaves the cell empty. */
  public static final class Builder {
    private final Map<Column<?>, Object> values = new HashMap<>();

    public <T> Builder put(Column<T> column, T value) {
      if (value == null) {
        values.remove(column);
      } else {
        values.put(column, value);
      }
      return this;
    }

    public Row build() {
      return new Row(values);
    }
  }
}
