package uk.nhs.screeningplanner.service.workbook;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;

/**
 * Words for the limits an entity's Bean Validation annotations set on a property, so the notes in
 * the template state exactly the ranges the forms and the import enforce, from one source.
 */
final class ConstraintText {

  private ConstraintText() {}

  /** E.g. " Allowed: 12 to 48." or " At most 200 characters."; empty when unconstrained. */
  static String of(Class<?> type, String property) {
    Field field = field(type, property);
    String min = min(field);
    String max = max(field);
    if (min != null && max != null) {
      return " Allowed: " + min + " to " + max + ".";
    }
    Size size = field.getAnnotation(Size.class);
    if (size != null && size.max() < Integer.MAX_VALUE) {
      return " At most " + size.max() + " characters.";
    }
    return "";
  }

  private static String min(Field field) {
    Min min = field.getAnnotation(Min.class);
    DecimalMin decimalMin = field.getAnnotation(DecimalMin.class);
    return min != null
        ? String.valueOf(min.value())
        : decimalMin != null ? decimalMin.value() : null;
  }

  private static String max(Field field) {
    Max max = field.getAnnotation(Max.class);
    DecimalMax decimalMax = field.getAnnotation(DecimalMax.class);
    return max != null
        ? String.valueOf(max.value())
        : decimalMax != null ? decimalMax.value() : null;
  }

  private static Field field(Class<?> type, String property) {
    try {
      return type.getDeclaredField(property);
    } catch (NoSuchFieldException e) {
      throw new IllegalArgumentException(type.getSimpleName() + " has no property " + property, e);
    }
  }
}
