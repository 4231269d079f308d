package uk.nhs.screeningplanner.service.workbook;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Optional;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.spreadsheet.Column;

/**
 * The checks one record must pass, exactly those the forms apply, so an import cannot write what a
 * form would refuse: the entity's Bean Validation constraints (ranges, lengths, patterns), and the
 * rules each service's {@code save} adds, mirrored in {@link ServiceRules}.
 */
final class RecordChecks {

  private final Validator validator;

  RecordChecks(Validator validator) {
    this.validator = validator;
  }

  <E> void check(EntitySheet<E> sheet, E entity, RowProblems problems) {
    if (!(entity instanceof SiteBlackout)) {
      validator.validate(entity).stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .forEach(violation -> report(sheet, violation, problems));
    }
    rules(entity, problems);
  }

  private static void rules(Object entity, RowProblems problems) {
    if (entity instanceof ScreeningService service) {
      ServiceRules.settings(service, problems);
    } else if (entity instanceof Site site) {
      ServiceRules.site(site, problems);
    } else if (entity instanceof ScreeningUnit unit) {
      ServiceRules.unit(unit, problems);
    } else if (entity instanceof GpPractice practice) {
      ServiceRules.practice(practice, problems);
    } else if (entity instanceof StaffMember member) {
      ServiceRules.staff(member, problems);
    } else if (entity instanceof Availability availability) {
      ServiceRules.dates(
          availability.getStartDate(), availability.getEndDate(), AvailabilitySheet.END, problems);
    } else if (entity instanceof SiteBlackout blackout) {
      ServiceRules.dates(
          blackout.period().startDate(), blackout.period().endDate(), BlackoutsSheet.END, problems);
    }
  }

  private static <E> void report(
      EntitySheet<E> sheet, ConstraintViolation<E> violation, RowProblems problems) {
    String property = violation.getPropertyPath().toString();
    Optional<Column<?>> column = sheet.columnOf(property);
    if (column.isEmpty()) {
      problems.row(property + " " + violation.getMessage());
      return;
    }
    Column<?> at = column.get();
    if (!problems.source().values().has(at)) {
      if (!at.required()) {
        problems.at(at, null, "is empty, but " + violation.getMessage());
      }
      return; // an empty required cell is already reported
    }
    problems.at(at, "is not allowed: " + violation.getMessage());
  }
}
