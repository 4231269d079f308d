package uk.nhs.screeningplanner.service;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/** The van rota a service already keeps: which unit screens at which location over which dates. */
@Entity
@Table(name = "unit_calendar_entry")
public class UnitCalendarEntry extends VersionedEntity {

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "unit_id")
  private ScreeningUnit unit;

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "site_id")
  private Site site;

  @NotNull private LocalDate startDate;

  @NotNull private LocalDate endDate;

  @Size(max = 200)
  private String note;

  /**
   * The days of the week the unit screens there; empty means Monday to Friday (a static room may
   * screen only some days and hold assessment or symptomatic clinics on the others).
   */
  @Convert(converter = WeekdaysConverter.class)
  private Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);

  protected UnitCalendarEntry() {}

  public UnitCalendarEntry(ScreeningUnit unit, Site site, LocalDate startDate, LocalDate endDate) {
    this.unit = unit;
    this.site = site;
    this.startDate = startDate;
    this.endDate = endDate;
  }

  public ScreeningUnit getUnit() {
    return unit;
  }

  public void setUnit(ScreeningUnit unit) {
    this.unit = unit;
  }

  public Site getSite() {
    return site;
  }

  public void setSite(Site site) {
    this.site = site;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Set<DayOfWeek> getWeekdays() {
    return weekdays;
  }

  public void setWeekdays(Set<DayOfWeek> weekdays) {
    this.weekdays =
        weekdays == null || weekdays.isEmpty()
            ? EnumSet.noneOf(DayOfWeek.class)
            : EnumSet.copyOf(weekdays);
  }

  /** The days it screens: those chosen, or Monday to Friday. */
  public Set<DayOfWeek> screeningDays() {
    return weekdays.isEmpty() ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : weekdays;
  }

  /**
   * Whether the unit screens at the site that day: inside the dates, on one of its weekdays, not a
   * bank holiday and not in the site's blackouts.
   */
  public boolean screensOn(LocalDate day) {
    return !day.isBefore(startDate)
        && !day.isAfter(endDate)
        && screeningDays().contains(day.getDayOfWeek())
        && !BankHolidays.isHoliday(day)
        && (site == null || site.getBlackouts().stream().noneMatch(b -> b.covers(day)));
  }

  /** Sets both dates at once, for a new entry. */
  public UnitCalendarEntry withDates(LocalDate start, LocalDate end) {
    this.startDate = start;
    this.endDate = end;
    return this;
  }

  public boolean overlaps(LocalDate from, LocalDate to) {
    return !startDate.isAfter(to) && !endDate.isBefore(from);
  }
}
