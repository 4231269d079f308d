package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Creates labelled fields and binds them to a bean property in one step, with UK date and time
 * formats, min/max on numbers and readable range messages. Each field gets the id {@code
 * <form>-<property-in-kebab-case>} so browser tests can find it, and is registered under its label
 * and property name so a service problem such as "Rooms: ..." can be shown beside the field.
 */
final class FieldFactory<T> {

  private final Binder<T> binder;
  private final String prefix;
  private final Map<String, HasValidation> byName = new HashMap<>();

  FieldFactory(Binder<T> binder, String prefix) {
    this.binder = binder;
    this.prefix = prefix;
  }

  TextField text(String property, String label) {
    return bind(property, register(property, label, new TextField(label)), null);
  }

  /** Codes, postcodes and registrations: trimmed and upper-cased as the user leaves the field. */
  TextField upperCase(String property, String label) {
    TextField field = register(property, label, new TextField(label));
    binder
        .forField(field)
        .withConverter((String v) -> v.trim().toUpperCase(Locale.UK), v -> v == null ? "" : v)
        .bind(property);
    return field;
  }

  IntegerField integer(String property, String label, int min, int max) {
    IntegerField field = integerField(property, label, min, max);
    String message = "Enter a whole number from " + min + " to " + max;
    binder
        .forField(field)
        .asRequired(message)
        .withValidator(v -> v >= min && v <= max, message)
        .bind(property);
    return field;
  }

  IntegerField optionalInteger(String property, String label, int min, int max) {
    IntegerField field = integerField(property, label, min, max);
    String message = "Leave empty or enter a whole number from " + min + " to " + max;
    binder
        .forField(field)
        .withValidator(v -> v == null || (v >= min && v <= max), message)
        .bind(property);
    return field;
  }

  BigDecimalField decimal(String property, String label, String min, String max) {
    BigDecimalField field = register(property, label, new BigDecimalField(label));
    BigDecimal low = new BigDecimal(min);
    BigDecimal high = new BigDecimal(max);
    binder
        .forField(field)
        .withValidator(
            v -> v == null || (v.compareTo(low) >= 0 && v.compareTo(high) <= 0),
            "Leave empty or enter a number from " + min + " to " + max)
        .bind(property);
    return field;
  }

  /** A percentage; the converter says whether the property holds a fraction or a percent. */
  NumberField percent(
      String property,
      String label,
      double min,
      double max,
      PercentConverter stored,
      boolean required) {
    NumberField field = register(property, label, new NumberField(label));
    field.setMin(min);
    field.setMax(max);
    field.setSuffixComponent(new Span("%"));
    String range = "from " + trim(min) + " to " + trim(max) + "%";
    field.setI18n(
        new NumberField.NumberFieldI18n()
            .setBadInputErrorMessage("Enter a number, e.g. 59 or 81.9")
            .setMinErrorMessage("Enter a percentage " + range)
            .setMaxErrorMessage("Enter a percentage " + range));
    var binding = binder.forField(field);
    if (required) {
      binding = binding.asRequired("Enter a percentage " + range);
    }
    binding
        .withValidator(v -> v == null || (v >= min && v <= max), "Enter a percentage " + range)
        .withConverter(stored)
        .bind(property);
    return field;
  }

  DatePicker date(String property, String label) {
    return bind(property, register(property, label, DateFields.ukDatePicker(label)), null);
  }

  DatePicker requiredDate(String property, String label) {
    DatePicker field = register(property, label, DateFields.ukDatePicker(label));
    return bind(property, field, "Enter the " + lowerCase(label));
  }

  TimePicker time(String property, String label) {
    TimePicker field = register(property, label, new TimePicker(label));
    field.setLocale(Locale.UK);
    field.setStep(Duration.ofMinutes(15));
    return bind(property, field, "Enter a time such as 09:00");
  }

  Checkbox checkbox(String property, String label) {
    Checkbox field = new Checkbox(label);
    field.setId(id(property));
    return bind(property, field, null);
  }

  <E extends Enum<E>> Select<E> select(
      String property, String label, E[] values, ItemLabelGenerator<E> labels) {
    Select<E> field = register(property, label, new Select<>());
    field.setLabel(label);
    field.setItems(values);
    field.setItemLabelGenerator(labels);
    return bind(property, field, "Choose the " + lowerCase(label));
  }

  <V> ComboBox<V> combo(String property, String label, ItemLabelGenerator<V> labels) {
    ComboBox<V> field = register(property, label, new ComboBox<>(label));
    field.setItemLabelGenerator(labels);
    field.setClearButtonVisible(true);
    return bind(property, field, null);
  }

  <V> ComboBox<V> requiredCombo(String property, String label, ItemLabelGenerator<V> labels) {
    ComboBox<V> field = register(property, label, new ComboBox<>(label));
    field.setItemLabelGenerator(labels);
    return bind(property, field, "Choose the " + lowerCase(label));
  }

  <V> MultiSelectComboBox<V> multiCombo(
      String property, String label, ItemLabelGenerator<V> labels) {
    MultiSelectComboBox<V> field = register(property, label, new MultiSelectComboBox<>(label));
    field.setItemLabelGenerator(labels);
    field.setClearButtonVisible(true);
    return bind(property, field, null);
  }

  /** Registers a field bound elsewhere (for example with extra validators). */
  <C extends Component & HasValidation> C register(String property, String label, C field) {
    field.setId(id(property));
    byName.put(label.toLowerCase(Locale.UK), field);
    byName.put(words(property), field);
    return field;
  }

  /** The field a service problem names, matched on its label or property words. */
  Optional<HasValidation> named(String name) {
    return Optional.ofNullable(byName.get(name.trim().toLowerCase(Locale.UK)));
  }

  String id(String property) {
    return prefix + "-" + property.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.UK);
  }

  /** Binds a field as is, or as required with the given message. */
  private <V, F extends HasValue<?, V>> F bind(String property, F field, String requiredMessage) {
    Binder.BindingBuilder<T, V> binding = binder.forField(field);
    if (requiredMessage != null) {
      binding = binding.asRequired(requiredMessage);
    }
    binding.bind(property);
    return field;
  }

  private IntegerField integerField(String property, String label, int min, int max) {
    IntegerField field = register(property, label, new IntegerField(label));
    field.setMin(min);
    field.setMax(max);
    field.setStepButtonsVisible(true);
    String range = "Enter a whole number from " + min + " to " + max;
    field.setI18n(
        new IntegerField.IntegerFieldI18n()
            .setBadInputErrorMessage("Enter a whole number")
            .setMinErrorMessage(range)
            .setMaxErrorMessage(range));
    return field;
  }

  private static String lowerCase(String label) {
    return label.toLowerCase(Locale.UK);
  }

  private static String words(String property) {
    return property.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
  }

  private static String trim(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }
}
