package uk.nhs.screeningplanner.service.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.spreadsheet.CellValue;
import uk.nhs.screeningplanner.spreadsheet.Column;
import uk.nhs.screeningplanner.spreadsheet.Row;
import uk.nhs.screeningplanner.spreadsheet.SheetLayout;

/**
 * One sheet of the service workbook bound to one kind of record: how a record becomes a row (for
 * export and for comparing), how a row becomes a new record or updates an existing one, and which
 * columns identify a row within its service.
 *
 * @param <E> the record (entity) type
 */
final class EntitySheet<E> {

  /** Makes a new record for a row, with the values its constructor needs. */
  @FunctionalInterface
  interface Factory<E> {
    E create(ScreeningService service, Row row, References references);
  }

  private final SheetLayout layout;
  private final Column<String> serviceColumn;
  private final Function<E, ScreeningService> serviceOf;
  private final List<Field<E, ?>> fields;
  private final List<Column<?>> keyColumns;
  private final Factory<E> factory;
  private final boolean repeatable;

  EntitySheet(
      SheetLayout layout,
      Column<String> serviceColumn,
      Function<E, ScreeningService> serviceOf,
      List<Field<E, ?>> fields,
      List<Column<?>> keyColumns,
      Factory<E> factory) {
    this(layout, serviceColumn, serviceOf, fields, keyColumns, factory, false);
  }

  /**
   * @param repeatable whether identical rows may appear more than once (each is then a record of
   *     its own); otherwise a repeated key is a duplicate
   */
  EntitySheet(
      SheetLayout layout,
      Column<String> serviceColumn,
      Function<E, ScreeningService> serviceOf,
      List<Field<E, ?>> fields,
      List<Column<?>> keyColumns,
      Factory<E> factory,
      boolean repeatable) {
    this.repeatable = repeatable;
    this.layout = layout;
    this.serviceColumn = serviceColumn;
    this.serviceOf = serviceOf;
    this.fields = List.copyOf(fields);
    this.keyColumns = List.copyOf(keyColumns);
    this.factory = factory;
  }

  SheetLayout layout() {
    return layout;
  }

  String name() {
    return layout.name();
  }

  boolean repeatable() {
    return repeatable;
  }

  List<Column<?>> keyColumns() {
    return keyColumns;
  }

  /** The row's identity within its service, e.g. the site code. */
  List<Object> key(Row row) {
    List<Object> key = new ArrayList<>();
    keyColumns.forEach(column -> key.add(row.get(column)));
    return key;
  }

  Row toRow(E entity) {
    Row.Builder row = Row.builder();
    if (serviceColumn != null) {
      row.put(serviceColumn, serviceOf.apply(entity).getCode());
    }
    fields.forEach(field -> put(row, field, entity));
    return row.build();
  }

  private static <E, T> void put(Row.Builder row, Field<E, T> field, E entity) {
    T value = field.get(entity);
    if (value instanceof BigDecimal number) {
      @SuppressWarnings("unchecked")
      T normalised = (T) CellValue.normalised(number);
      value = normalised;
    }
    boolean empty = value instanceof Collection<?> items && items.isEmpty();
    row.put(field.column(), empty ? null : value);
  }

  /** A new record from a row; empty cells leave the values a new record starts with. */
  E create(ScreeningService service, Row row, References references) {
    E entity = factory.create(service, row, references);
    copy(row, entity, references, true);
    return entity;
  }

  /** Copies every value of the row into the record; empty cells clear optional values. */
  void update(Row row, E entity, References references) {
    copy(row, entity, references, false);
  }

  private void copy(Row row, E entity, References references, boolean skipEmpty) {
    for (Field<E, ?> field : fields) {
      Object value = row.get(field.column());
      if (field.isFixed() || (skipEmpty && value == null)) {
        continue;
      }
      field.set(entity, value, references);
    }
  }

  /** The column a Bean Validation property path points at, if any. */
  Optional<Column<?>> columnOf(String property) {
    return fields.stream()
        .filter(f -> f.property().equals(property))
        .<Column<?>>map(Field::column)
        .findFirst();
  }
}
