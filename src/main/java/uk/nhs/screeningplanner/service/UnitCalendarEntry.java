package uk.nhs.screeningplanner.service;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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
