package uk.nhs.screeningplanner.service.ui;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.WEEKS;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Maps dates onto a horizontal timeline of whole months, as percentages of its width, so blocks can
 * be placed with plain CSS.
 *
 * @param first the first month shown
 * @param months how many months are shown
 */
record TimelineScale(YearMonth first, int months) {

  /** Where a date range sits on the timeline; clipped at either end when it runs off the edge. */
  record Placement(double leftPercent, double widthPercent) {}

  LocalDate start() {
    return first.atDay(1);
  }

  /** The last day shown (inclusive). */
  LocalDate end() {
    return first.plusMonths(months - 1L).atEndOfMonth();
  }

  long days() {
    return DAYS.between(start(), end()) + 1;
  }

  List<YearMonth> monthList() {
    return IntStream.range(0, months).mapToObj(first::plusMonths).toList();
  }

  /** The left edge of a day, as a percentage of the timeline's width. */
  double position(LocalDate day) {
    return 100.0 * DAYS.between(start(), day) / days();
  }

  /** The block for an inclusive date range, or empty when the range lies wholly outside. */
  Optional<Placement> place(LocalDate from, LocalDate to) {
    if (to.isBefore(start()) || from.isAfter(end())) {
      return Optional.empty();
    }
    LocalDate left = from.isBefore(start()) ? start() : from;
    LocalDate right = to.isAfter(end()) ? end() : to;
    double leftPercent = position(left);
    return Optional.of(new Placement(leftPercent, position(right.plusDays(1)) - leftPercent));
  }

  /** How many calendar weeks (Monday to Sunday) a date range touches, e.g. Mon to Fri is 1. */
  static long weeksSpanned(LocalDate from, LocalDate to) {
    LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate lastMonday = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return WEEKS.between(firstMonday, lastMonday) + 1;
  }
}
