package uk.nhs.screeningplanner.roster.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the roster needs to know about one reader, whoever assembled it (database or workbook).
 *
 * @param preferences the reader's standing per day and session; absent means free
 */
public record ReaderInput(
    long id,
    String code,
    String name,
    boolean arbitrator,
    int readsPerHour,
    int readingSessionsPerWeek,
    int readsThisYear,
    int firstReadsThisYear,
    Map<LocalDate, Map<SessionPart, Preference>> preferences) {

  public Preference preference(LocalDate date, SessionPart part) {
    Map<SessionPart, Preference> day = preferences.get(date);
    return day == null ? Preference.NONE : day.getOrDefault(part, Preference.NONE);
  }
}
