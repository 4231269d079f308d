package uk.nhs.screeningplanner.clinic.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.screeningplanner.clinic.PlanStatus;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/** A service's clinic plan over its horizon: draft or published, with its last score. */
@Entity
@Table(name = "clinic_plan")
public class ClinicPlan extends VersionedEntity {

  @Column(name = "service_id")
  private long serviceId;

  private LocalDate horizonStart;
  private LocalDate horizonEnd;

  @Enumerated(EnumType.STRING)
  private PlanStatus status = PlanStatus.DRAFT;

  private Instant createdAt;
  private String createdBy;
  private Instant publishedAt;
  private String publishedBy;
  private String score;
  private int unfilled;

  protected ClinicPlan() {}

  public ClinicPlan(
      long serviceId, LocalDate start, LocalDate end, Instant createdAt, String createdBy) {
    this.serviceId = serviceId;
    this.horizonStart = start;
    this.horizonEnd = end;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public long getServiceId() {
    return serviceId;
  }

  public LocalDate getHorizonStart() {
    return horizonStart;
  }

  public LocalDate getHorizonEnd() {
    return horizonEnd;
  }

  public PlanStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public String getScore() {
    return score;
  }

  public int getUnfilled() {
    return unfilled;
  }

  public void scored(String score, int unfilled) {
    this.score = score;
    this.unfilled = unfilled;
  }

  /** Any change after publishing makes the plan a draft again; the published staff stay known. */
  public void changed() {
    this.status = PlanStatus.DRAFT;
  }

  /** Back to the published plan: it is in force again unchanged. */
  public void reverted() {
    this.status = PlanStatus.PUBLISHED;
  }

  public void published(Instant at, String by) {
    this.status = PlanStatus.PUBLISHED;
    this.publishedAt = at;
    this.publishedBy = by;
  }
}
