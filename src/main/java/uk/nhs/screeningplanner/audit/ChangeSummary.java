package uk.nhs.screeningplanner.audit;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * Describes, in words a person can read, which properties differ between two snapshots of a record:
 * {@code contracted sessions per week: 10 → 8}.
 */
public final class ChangeSummary {

  private static final Set<String> IGNORED = Set.of("class", "id", "version", "new", "service");

  private ChangeSummary() {}

  public static String between(Object before, Object after) {
    BeanWrapper old = PropertyAccessorFactory.forBeanPropertyAccess(before);
    BeanWrapper now = PropertyAccessorFactory.forBeanPropertyAccess(after);
    List<String> changes = new ArrayList<>();
    for (PropertyDescriptor property : now.getPropertyDescriptors()) {
      String name = property.getName();
      if (IGNORED.contains(name) || !old.isReadableProperty(name)) {
        continue;
      }
      String was = describe(old.getPropertyValue(name));
      String is = describe(now.getPropertyValue(name));
      if (!Objects.equals(was, is)) {
        changes.add(words(name) + ": " + was + " → " + is);
      }
    }
    return changes.isEmpty() ? "no changes" : String.join("; ", changes);
  }

  /** A snapshot of a record's readable properties, taken before it is edited. */
  public static String describe(Object value) {
    if (value == null) {
      return "(empty)";
    }
    if (value instanceof Collection<?> items) {
      Set<String> sorted = new TreeSet<>();
      items.forEach(item -> sorted.add(describe(item)));
      return sorted.toString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return value.toString();
  }

  static String words(String camelCase) {
    return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }
}
