package uk.nhs.screeningplanner.service.workbook;

import static uk.nhs.screeningplanner.spreadsheet.ValueTypes.code;
import static uk.nhs.screeningplanner.spreadsheet.ValueTypes.decimal;
import static uk.nhs.screeningplanner.spreadsheet.ValueTypes.fraction;
import static uk.nhs.screeningplanner.spreadsheet.ValueTypes.text;
import static uk.nhs.screeningplanner.spreadsheet.ValueTypes.time;
import static uk.nhs.screeningplanner.spreadsheet.ValueTypes.wholeNumber;
import static uk.nhs.screeningplanner.spreadsheet.ValueTypes.yesNo;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.spreadsheet.Column;
import uk.nhs.screeningplanner.spreadsheet.SheetLayout;
import uk.nhs.screeningplanner.spreadsheet.ValueType;

/**
 * The Settings sheet: one row per screening service, with its code and name and every programme
 * setting. An empty setting takes the documented default (domain.md), stated in each column's note.
 */
final class SettingsSheet {

  private static final ScreeningService DEFAULTS = new ScreeningService("DEFAULTS", "Defaults");
  private static final List<Field<ScreeningService, ?>> FIELDS = new ArrayList<>();

  static final Column<String> SERVICE =
      key(
          Column.required(
                  "Service",
                  code("LDS"),
                  "The service's short code: capital letters, digits and hyphens. Every other"
                      + " sheet names its service by this code."
                      + ConstraintText.of(ScreeningService.class, "code"))
              .width(10));
  static final Column<String> NAME =
      add(
          Column.required("Service name", text(), "The service's name, as staff know it.")
              .width(36),
          "name",
          ScreeningService::getName,
          ScreeningService::setName);
  static final Column<String> HOST_TRUST =
      add(
          Column.optional("Host trust", text(), "The NHS trust that hosts the service.").width(36),
          "hostTrust",
          ScreeningService::getHostTrust,
          ScreeningService::setHostTrust);

  static final Column<Integer> ROUND_LENGTH_MONTHS =
      whole(
          "Round length (months)",
          "roundLengthMonths",
          "Months between a woman's screens (§1.5).",
          ScreeningService::getRoundLengthMonths,
          ScreeningService::setRoundLengthMonths);

  static final Column<Integer> EARLY_INVITATION_MONTHS =
      whole(
          "Early invitation (months)",
          "earlyInvitationMonths",
          "How many months before their due date a practice's women may be invited; a unit's"
              + " visit further ahead screens another round.",
          ScreeningService::getEarlyInvitationMonths,
          ScreeningService::setEarlyInvitationMonths);

  static final Column<BigDecimal> ROUND_LENGTH_ACCEPTABLE_PCT =
      number(
          "Round length acceptable (%)",
          "roundLengthAcceptablePct",
          2,
          "Share of women invited within the round length that is acceptable (§1.5).",
          ScreeningService::getRoundLengthAcceptablePct,
          ScreeningService::setRoundLengthAcceptablePct);

  static final Column<BigDecimal> ROUND_LENGTH_ACHIEVABLE_PCT =
      number(
          "Round length achievable (%)",
          "roundLengthAchievablePct",
          2,
          "Share of women invited within the round length that is achievable (§1.5).",
          ScreeningService::getRoundLengthAchievablePct,
          ScreeningService::setRoundLengthAchievablePct);

  static final Column<Integer> SLOT_MINUTES =
      whole(
          "Slot (minutes)",
          "slotMinutes",
          "Length of one screening appointment (§2.3).",
          ScreeningService::getSlotMinutes,
          ScreeningService::setSlotMinutes);

  static final Column<LocalTime> AM_SESSION_START =
      setting(
          "AM session start",
          "amSessionStart",
          time(),
          "When the morning session starts.",
          ScreeningService::getAmSessionStart,
          ScreeningService::setAmSessionStart);

  static final Column<Integer> AM_SESSION_MINUTES =
      whole(
          "AM session (minutes)",
          "amSessionMinutes",
          "Length of the morning session (§2.3).",
          ScreeningService::getAmSessionMinutes,
          ScreeningService::setAmSessionMinutes);

  static final Column<LocalTime> PM_SESSION_START =
      setting(
          "PM session start",
          "pmSessionStart",
          time(),
          "When the afternoon session starts.",
          ScreeningService::getPmSessionStart,
          ScreeningService::setPmSessionStart);

  static final Column<Integer> PM_SESSION_MINUTES =
      whole(
          "PM session (minutes)",
          "pmSessionMinutes",
          "Length of the afternoon session.",
          ScreeningService::getPmSessionMinutes,
          ScreeningService::setPmSessionMinutes);

  static final Column<Integer> VAN_MAX_SCREENS_PER_DAY =
      whole(
          "Van max screens per day",
          "vanMaxScreensPerDay",
          "Most screens a van does in a day.",
          ScreeningService::getVanMaxScreensPerDay,
          ScreeningService::setVanMaxScreensPerDay);

  static final Column<Integer> MIN_STAFF_PER_SESSION =
      whole(
          "Min staff per session",
          "minStaffPerSession",
          "Fewest staff a session runs with.",
          ScreeningService::getMinStaffPerSession,
          ScreeningService::setMinStaffPerSession);

  static final Column<Integer> BUSY_STAFF_PER_SESSION =
      whole(
          "Busy staff per session",
          "busyStaffPerSession",
          "Staff at busy sessions (§2.3).",
          ScreeningService::getBusyStaffPerSession,
          ScreeningService::setBusyStaffPerSession);

  static final Column<Integer> DEFAULT_MAX_VAN_DAYS_PER_WEEK =
      whole(
          "Default max van days per week",
          "defaultMaxVanDaysPerWeek",
          "Van days a week for staff without their own limit (§2.2).",
          ScreeningService::getDefaultMaxVanDaysPerWeek,
          ScreeningService::setDefaultMaxVanDaysPerWeek);

  static final Column<BigDecimal> UPTAKE_FIRST_CALL =
      share(
          "Uptake first call",
          "uptakeFirstCall",
          "Share of first-call women who attend (§2.4).",
          ScreeningService::getUptakeFirstCall,
          ScreeningService::setUptakeFirstCall);

  static final Column<BigDecimal> UPTAKE_PREVIOUS_ATTENDER =
      share(
          "Uptake previous attender",
          "uptakePreviousAttender",
          "Share of previous attenders who attend again (§2.4).",
          ScreeningService::getUptakePreviousAttender,
          ScreeningService::setUptakePreviousAttender);

  static final Column<BigDecimal> UPTAKE_PREVIOUS_NON_ATTENDER =
      share(
          "Uptake previous non-attender",
          "uptakePreviousNonAttender",
          "Share of previous non-attenders who attend (§2.4).",
          ScreeningService::getUptakePreviousNonAttender,
          ScreeningService::setUptakePreviousNonAttender);

  static final Column<BigDecimal> BOOKING_CAP_PCT =
      number(
          "Booking cap (%)",
          "bookingCapPct",
          2,
          "Clinics are booked up to this share of slots.",
          ScreeningService::getBookingCapPct,
          ScreeningService::setBookingCapPct);

  static final Column<BigDecimal> RECALL_RATE_PREVALENT =
      share(
          "Recall rate prevalent",
          "recallRatePrevalent",
          "Share of first-round women recalled for assessment (§4).",
          ScreeningService::getRecallRatePrevalent,
          ScreeningService::setRecallRatePrevalent);

  static final Column<BigDecimal> RECALL_RATE_INCIDENT =
      share(
          "Recall rate incident",
          "recallRateIncident",
          "Share of later-round women recalled for assessment (§4).",
          ScreeningService::getRecallRateIncident,
          ScreeningService::setRecallRateIncident);

  static final Column<BigDecimal> TECHNICAL_RECALL_RATE =
      share(
          "Technical recall rate",
          "technicalRecallRate",
          "Share of women screened who need a technical repeat (§2.5).",
          ScreeningService::getTechnicalRecallRate,
          ScreeningService::setTechnicalRecallRate);

  static final Column<BigDecimal> ARBITRATION_RATE =
      share(
          "Arbitration rate",
          "arbitrationRate",
          "Share of cases that need arbitration (§3.1).",
          ScreeningService::getArbitrationRate,
          ScreeningService::setArbitrationRate);

  static final Column<Boolean> AI_SECOND_READER =
      setting(
          "AI second reader",
          "aiSecondReader",
          yesNo(),
          "Whether an AI tool replaces the second human read (§3.3).",
          ScreeningService::isAiSecondReader,
          ScreeningService::setAiSecondReader);

  static final Column<BigDecimal> AI_AGREEMENT_RATE =
      share(
          "AI agreement rate",
          "aiAgreementRate",
          "Share of cases where the AI agrees (§3.3).",
          ScreeningService::getAiAgreementRate,
          ScreeningService::setAiAgreementRate);

  static final Column<Integer> READS_PER_HOUR =
      whole(
          "Reads per hour",
          "readsPerHour",
          "Cases a reader reads in an hour (§3.1).",
          ScreeningService::getReadsPerHour,
          ScreeningService::setReadsPerHour);

  static final Column<Integer> RESULTS_WITHIN_DAYS =
      whole(
          "Results within (days)",
          "resultsWithinDays",
          "Target for results after screening.",
          ScreeningService::getResultsWithinDays,
          ScreeningService::setResultsWithinDays);

  static final Column<Integer> ASSESSMENT_WITHIN_DAYS =
      whole(
          "Assessment within (days)",
          "assessmentWithinDays",
          "Target for a first assessment.",
          ScreeningService::getAssessmentWithinDays,
          ScreeningService::setAssessmentWithinDays);

  static final Column<Integer> ASSESSMENT_SLOT_MINUTES =
      whole(
          "Assessment slot (minutes)",
          "assessmentSlotMinutes",
          "Length of an assessment slot.",
          ScreeningService::getAssessmentSlotMinutes,
          ScreeningService::setAssessmentSlotMinutes);

  static final Column<Integer> MIN_READS_PER_YEAR =
      whole(
          "Min reads per year",
          "minReadsPerYear",
          "Reads a reader needs a year (§3.2).",
          ScreeningService::getMinReadsPerYear,
          ScreeningService::setMinReadsPerYear);

  static final Column<Integer> MIN_SCREENING_READS_PER_YEAR =
      whole(
          "Min screening reads per year",
          "minScreeningReadsPerYear",
          "Screening reads a reader needs a year (§3.2).",
          ScreeningService::getMinScreeningReadsPerYear,
          ScreeningService::setMinScreeningReadsPerYear);

  static final Column<Integer> MIN_FIRST_READS_PER_YEAR =
      whole(
          "Min first reads per year",
          "minFirstReadsPerYear",
          "First reads a reader needs a year (§3.2).",
          ScreeningService::getMinFirstReadsPerYear,
          ScreeningService::setMinFirstReadsPerYear);

  static final Column<Integer> READING_PRIORITY_DAYS =
      whole(
          "Reading priority (days)",
          "readingPriorityDays",
          "Age at which a case is priority.",
          ScreeningService::getReadingPriorityDays,
          ScreeningService::setReadingPriorityDays);

  static final Column<Integer> READING_URGENT_DAYS =
      whole(
          "Reading urgent (days)",
          "readingUrgentDays",
          "Age at which a case is urgent.",
          ScreeningService::getReadingUrgentDays,
          ScreeningService::setReadingUrgentDays);

  static final Column<Integer> MIN_MONTHS_BETWEEN_SCREENS =
      whole(
          "Min months between screens",
          "minMonthsBetweenScreens",
          "No screening mammogram sooner than this after the last (§2.3).",
          ScreeningService::getMinMonthsBetweenScreens,
          ScreeningService::setMinMonthsBetweenScreens);

  static final Column<BigDecimal> SPECIAL_APPOINTMENT_SHARE =
      share(
          "Special appointment share",
          "specialAppointmentShare",
          "Share of slots for special appointments (§2.3).",
          ScreeningService::getSpecialAppointmentShare,
          ScreeningService::setSpecialAppointmentShare);

  static final Column<Integer> PLANNING_HORIZON_WEEKS =
      whole(
          "Planning horizon (weeks)",
          "planningHorizonWeeks",
          "How far ahead rotas are planned.",
          ScreeningService::getPlanningHorizonWeeks,
          ScreeningService::setPlanningHorizonWeeks);

  static final SheetLayout LAYOUT =
      new SheetLayout(
          "Settings",
          "One row per screening service: its code, name and programme settings. Sections such"
              + " as (§2.3) point to domain.md, where each default comes from.",
          true,
          2,
          columns());

  static final EntitySheet<ScreeningService> SHEET =
      new EntitySheet<>(
          LAYOUT,
          null,
          service -> service,
          FIELDS,
          List.of(SERVICE),
          (service, row, refs) -> new ScreeningService(row.get(SERVICE), row.get(NAME)));

  private SettingsSheet() {}

  private static List<Column<?>> columns() {
    return FIELDS.stream().<Column<?>>map(Field::column).toList();
  }

  private static Column<String> key(Column<String> column) {
    FIELDS.add(Field.fixed(column, "code", ScreeningService::getCode));
    return column;
  }

  private static <T> Column<T> add(
      Column<T> column,
      String property,
      Function<ScreeningService, T> getter,
      BiConsumer<ScreeningService, T> setter) {
    FIELDS.add(Field.of(column, property, getter, setter));
    return column;
  }

  private static <T> Column<T> setting(
      String header,
      String property,
      ValueType<T> type,
      String note,
      Function<ScreeningService, T> getter,
      BiConsumer<ScreeningService, T> setter) {
    String full =
        note
            + ConstraintText.of(ScreeningService.class, property)
            + " Empty means "
            + type.describe(getter.apply(DEFAULTS))
            + ".";
    return add(Column.optional(header, type, full), property, getter, setter);
  }

  private static Column<Integer> whole(
      String header,
      String property,
      String note,
      Function<ScreeningService, Integer> getter,
      BiConsumer<ScreeningService, Integer> setter) {
    return setting(
        header,
        property,
        wholeNumber(String.valueOf(getter.apply(DEFAULTS))),
        note,
        getter,
        setter);
  }

  private static Column<BigDecimal> number(
      String header,
      String property,
      int decimals,
      String note,
      Function<ScreeningService, BigDecimal> getter,
      BiConsumer<ScreeningService, BigDecimal> setter) {
    return setting(
        header,
        property,
        decimal(decimals, getter.apply(DEFAULTS).toPlainString()),
        note,
        getter,
        setter);
  }

  private static Column<BigDecimal> share(
      String header,
      String property,
      String note,
      Function<ScreeningService, BigDecimal> getter,
      BiConsumer<ScreeningService, BigDecimal> setter) {
    return setting(
        header,
        property,
        fraction(4, getter.apply(DEFAULTS).toPlainString()),
        note,
        getter,
        setter);
  }
}
