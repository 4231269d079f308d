package uk.nhs.screeningplanner.service;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/** A staff member's leave or preference over a date range, for AM, PM or the whole day. */
@Entity
public class Availability extends VersionedEntity {

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "staff_id")
  private StaffMember staff;

  @NotNull private LocalDate startDate;

  @NotNull private LocalDate endDate;

  @NotNull
  @Enumerated(EnumType.STRING)
  private PartOfDay partOfDay = PartOfDay.ALL_DAY;

  @NotNull
  @Enumerated(EnumType.STRING)
  private AvailabilityKind kind = AvailabilityKind.UNAVAILABLE;

  @Size(max = 200)
  private String reason;

  protected Availability() {}

  public Availability(
      StaffMember staff,
      LocalDate startDate,
      LocalDate endDate,
      PartOfDay partOfDay,
      AvailabilityKind kind,
      String reason) {
    this.staff = staff;
    this.startDate = startDate;
    this.endDate = endDate;
    this.partOfDay = partOfDay;
    this.kind = kind;
    this.reason = reason;
  }

  public StaffMember getStaff() {
    return staff;
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

  public PartOfDay getPartOfDay() {
    return partOfDay;
  }

  public void setPartOfDay(PartOfDay partOfDay) {
    this.partOfDay = partOfDay;
  }

  public AvailabilityKind getKind() {
    return kind;
  }

  public void setKind(AvailabilityKind kind) {
    this.kind = kind;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(startDate) && !date.isAfter(endDate);
  }
}
