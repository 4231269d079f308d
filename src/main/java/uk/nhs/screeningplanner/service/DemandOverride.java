package uk.nhs.screeningplanner.service;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/**
 * An expected number of screens at one site or one unit in one week, imported from the service
 * workbook's Demand sheet. Where a service has these, they override the computed forecast for those
 * weeks (design.md "Spreadsheets").
 */
@Entity
@Table(name = "demand_override")
public class DemandOverride extends VersionedEntity {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "service_id")
  private ScreeningService service;

  /** The Monday that starts the week. */
  @NotNull private LocalDate weekStart;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "site_id")
  private Site site;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "unit_id")
  private ScreeningUnit unit;

  /** A van screens up to about 45 a day (domain.md §2.3); a week at a big site stays well below. */
  @Min(0)
  @Max(100000)
  private int expectedScreens;

  protected DemandOverride() {}

  public DemandOverride(ScreeningService service, LocalDate weekStart) {
    this.service = service;
    this.weekStart = weekStart;
  }

  public ScreeningService getService() {
    return service;
  }

  public LocalDate getWeekStart() {
    return weekStart;
  }

  public void setWeekStart(LocalDate weekStart) {
    this.weekStart = weekStart;
  }

  public Site getSite() {
    return site;
  }

  public void setSite(Site site) {
    this.site = site;
  }

  public ScreeningUnit getUnit() {
    return unit;
  }

  public void setUnit(ScreeningUnit unit) {
    this.unit = unit;
  }

  public int getExpectedScreens() {
    return expectedScreens;
  }

  public void setExpectedScreens(int expectedScreens) {
    this.expectedScreens = expectedScreens;
  }

  public boolean startsOnMonday() {
    return weekStart != null && weekStart.getDayOfWeek() == DayOfWeek.MONDAY;
  }
}
