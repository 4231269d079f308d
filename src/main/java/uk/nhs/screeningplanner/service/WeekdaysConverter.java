package uk.nhs.screeningplanner.service;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Days of the week as "MONDAY,TUESDAY"; null (or empty) means none were chosen. */
@Converter
public class WeekdaysConverter implements AttributeConverter<Set<DayOfWeek>, String> {

  @Override
  public String convertToDatabaseColumn(Set<DayOfWeek> days) {
    return days == null || days.isEmpty()
        ? null
        : days.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<DayOfWeek> convertToEntityAttribute(String text) {
    if (text == null || text.isBlank()) {
      return EnumSet.noneOf(DayOfWeek.class);
    }
    return Arrays.stream(text.split(","))
        .map(String::strip)
        .map(DayOfWeek::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
  }
}
