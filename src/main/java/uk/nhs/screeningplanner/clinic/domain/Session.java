package uk.nhs.screeningplanner.clinic.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import uk.nhs.screeningplanner.clinic.SessionKind;

/**
 * One AM or PM clinic session: a unit screening at a site, or an assessment clinic. Times are
 * minutes after midnight.
 *
 * @param id the persisted session's id
 * @param unitName the van or room, or the clinic's name for assessment
 * @param van whether it is a mobile van (van days are limited per person)
 * @param busy whether a third person is wanted (a van, or many slots)
 * @param slots women screened or assessed when the session runs
 */
public record Session(
    long id,
    LocalDate date,
    boolean morning,
    SessionKind kind,
    String unitName,
    boolean van,
    Location site,
    int startMinute,
    int endMinute,
    int slots,
    boolean busy,
    boolean required) {

  /** The same number for every session in the same half-day; a person can be in one of them. */
  public long halfDay() {
    return date.toEpochDay() * 2 + (morning ? 0 : 1);
  }

  /** The Monday of the session's week. */
  public LocalDate week() {
    return date.with(DayOfWeek.MONDAY);
  }

  public String label() {
    return String.format(
        "%s %s %s at %s", unitName, date, morning ? "AM" : "PM", site == null ? "" : site.name());
  }

  /** Identity is the id: cheap to hash in the solver's joins and groups. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Session that && that.id == id;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }
}
