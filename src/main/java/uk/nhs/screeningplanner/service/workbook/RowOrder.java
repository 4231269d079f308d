package uk.nhs.screeningplanner.service.workbook;

import java.util.Comparator;
import java.util.List;

/** Rows in a stable order for writing: by their key, value by value, empty values first. */
final class RowOrder {

  static final Comparator<List<Object>> BY_KEY = RowOrder::compare;

  private RowOrder() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(List<Object> a, List<Object> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      Object x = a.get(i);
      Object y = b.get(i);
      int order;
      if (x == null || y == null) {
        order = x == null ? (y == null ? 0 : -1) : 1;
      } else if (x instanceof Comparable comparable && x.getClass() == y.getClass()) {
        order = comparable.compareTo(y);
      } else {
        order = String.valueOf(x).compareTo(String.valueOf(y));
      }
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
