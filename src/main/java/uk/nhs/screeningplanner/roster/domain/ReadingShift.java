package uk.nhs.screeningplanner.roster.domain;

import java.time.LocalDate;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One reader in one session of one working day. The solver chooses the role; no role means the
 * reader does not read in that session. Capacity is what the reader reads in the session (reading
 * rate × session hours).
 */
@PlanningEntity
public class ReadingShift {

  @PlanningId private long id;
  private Reader reader;
  private LocalDate date;
  private SessionPart part;
  private int dayIndex;
  private int week;
  private int capacity;
  private Preference preference = Preference.NONE;
  private ReadingRole publishedRole;
  private boolean wasPublished;

  @PlanningVariable(nullable = true)
  private ReadingRole role;

  @PlanningPin private boolean pinned;

  public ReadingShift() {}

  public ReadingShift(
      long id, Reader reader, LocalDate date, SessionPart part, int dayIndex, int capacity) {
    this.id = id;
    this.reader = reader;
    this.date = date;
    this.part = part;
    this.dayIndex = dayIndex;
    this.week = dayIndex / 5;
    this.capacity = capacity;
  }

  /** Cases this shift reads in the given role: its capacity when it has that role, else 0. */
  public int capacityIn(ReadingRole wanted) {
    return role == wanted ? capacity : 0;
  }

  public boolean isAssigned() {
    return role != null;
  }

  /** True when the published roster had a different role (or none) for this session. */
  public boolean differsFromPublished() {
    return role != publishedRole;
  }

  public long getId() {
    return id;
  }

  public Reader getReader() {
    return reader;
  }

  public LocalDate getDate() {
    return date;
  }

  public SessionPart getPart() {
    return part;
  }

  public int getDayIndex() {
    return dayIndex;
  }

  /** Week number within the horizon, 0 first; the horizon starts on a Monday. */
  public int getWeek() {
    return week;
  }

  public void setWeek(int week) {
    this.week = week;
  }

  public int getCapacity() {
    return capacity;
  }

  public Preference getPreference() {
    return preference;
  }

  public void setPreference(Preference preference) {
    this.preference = preference;
  }

  /** True when this session was part of a published roster (so changing it disrupts people). */
  public boolean wasPublished() {
    return wasPublished;
  }

  public void setPublished(ReadingRole publishedRole) {
    this.wasPublished = true;
    this.publishedRole = publishedRole;
  }

  public ReadingRole getPublishedRole() {
    return publishedRole;
  }

  public ReadingRole getRole() {
    return role;
  }

  public void setRole(ReadingRole role) {
    this.role = role;
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  @Override
  public String toString() {
    return reader + " " + date + " " + part + " " + role;
  }
}
