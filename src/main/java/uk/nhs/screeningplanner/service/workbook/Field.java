package uk.nhs.screeningplanner.service.workbook;

import java.util.function.BiConsumer;
import java.util.function.Function;
import uk.nhs.screeningplanner.spreadsheet.Column;

/**
 * Binds a column to a property of an entity, both ways, so reading, writing and comparing use one
 * definition.
 *
 * @param column the column
 * @param property the entity property, as Bean Validation names it in its messages
 * @param getter reads the value for the sheet
 * @param setter writes the value into the entity, resolving codes through the references
 * @param <E> the entity
 * @param <T> the column's value type
 */
record Field<E, T>(Column<T> column, String property, Function<E, T> getter, Setter<E, T> setter) {

  /** Writes a value into an entity. */
  @FunctionalInterface
  interface Setter<E, T> {
    void set(E entity, T value, References references);
  }

  static <E, T> Field<E, T> of(
      Column<T> column, String property, Function<E, T> getter, BiConsumer<E, T> setter) {
    return new Field<>(column, property, getter, (e, v, r) -> setter.accept(e, v));
  }

  /** A column set only when the record is created, such as the code that identifies it. */
  static <E, T> Field<E, T> fixed(Column<T> column, String property, Function<E, T> getter) {
    return new Field<>(column, property, getter, null);
  }

  boolean isFixed() {
    return setter == null;
  }

  T get(E entity) {
    return getter.apply(entity);
  }

  void set(E entity, Object value, References references) {
    @SuppressWarnings("unchecked")
    T typed = (T) value;
    setter.set(entity, typed, references);
  }
}
