package uk.nhs.screeningplanner.service.workbook;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import uk.nhs.screeningplanner.spreadsheet.Column;

/**
 * A column that names records on another sheet by code, and how to check those codes exist in the
 * same service.
 *
 * @param column the column
 * @param sheetName the sheet the codes come from
 * @param noun what a code names, e.g. "site code"
 * @param kind which references to look in
 */
record ReferenceColumn(Column<?> column, String sheetName, String noun, Kind kind) {

  /** The kinds of record a code can name. */
  enum Kind {
    SITE,
    UNIT,
    STAFF
  }

  static ReferenceColumn site(Column<?> column) {
    return new ReferenceColumn(column, SitesSheet.LAYOUT.name(), "site code", Kind.SITE);
  }

  static ReferenceColumn unit(Column<?> column) {
    return new ReferenceColumn(column, UnitsSheet.LAYOUT.name(), "unit code", Kind.UNIT);
  }

  static ReferenceColumn staff(Column<?> column) {
    return new ReferenceColumn(column, StaffSheet.LAYOUT.name(), "staff code", Kind.STAFF);
  }

  /** The codes in a cell: one, several, or none. */
  static List<String> codes(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> many) {
      return many.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(value));
  }

  Predicate<String> known(References references) {
    return switch (kind) {
      case SITE -> references::hasSite;
      case UNIT -> references::hasUnit;
      case STAFF -> references::hasStaff;
    };
  }
}
