package uk.nhs.screeningplanner.roster.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.screeningplanner.roster.RosterStatus;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/** A reader roster over a horizon of whole weeks from a Monday, with its settings and status. */
@Entity
@Table(name = "roster_plan")
public class RosterPlan extends VersionedEntity {

  private long serviceId;
  private LocalDate horizonStart;
  private int weeks;

  @Enumerated(EnumType.STRING)
  private RosterStatus status = RosterStatus.DRAFT;

  private int readingSessionsPerWeek = 4;
  private int readingTargetDays = 10;
  private boolean eveningSessions;
  private LocalDate replanFrom;
  private String score;
  private Instant createdAt;
  private String createdBy;
  private Instant publishedAt;
  private String publishedBy;

  protected RosterPlan() {}

  public RosterPlan(
      long serviceId, LocalDate horizonStart, int weeks, Instant createdAt, String createdBy) {
    this.serviceId = serviceId;
    this.horizonStart = horizonStart;
    this.weeks = weeks;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public void published(Instant at, String by) {
    status = RosterStatus.PUBLISHED;
    publishedAt = at;
    publishedBy = by;
    replanFrom = null;
  }

  /** Any change after publishing makes the roster a draft again. */
  public void changed() {
    status = RosterStatus.DRAFT;
  }

  /** Back to the published roster: in force again, nothing left to replan. */
  public void reverted() {
    status = RosterStatus.PUBLISHED;
    replanFrom = null;
  }

  /** The replan after an absence has run: the roster no longer waits for one. */
  public void replanned() {
    replanFrom = null;
  }

  public void replanFrom(LocalDate from) {
    status = RosterStatus.DRAFT;
    replanFrom = replanFrom == null || from.isBefore(replanFrom) ? from : replanFrom;
  }

  public long getServiceId() {
    return serviceId;
  }

  public LocalDate getHorizonStart() {
    return horizonStart;
  }

  public LocalDate getHorizonEnd() {
    return horizonStart.plusWeeks(weeks).minusDays(1);
  }

  public int getWeeks() {
    return weeks;
  }

  public RosterStatus getStatus() {
    return status;
  }

  public int getReadingSessionsPerWeek() {
    return readingSessionsPerWeek;
  }

  public int getReadingTargetDays() {
    return readingTargetDays;
  }

  public boolean isEveningSessions() {
    return eveningSessions;
  }

  public LocalDate getReplanFrom() {
    return replanFrom;
  }

  public String getScore() {
    return score;
  }

  public void setScore(String score) {
    this.score = score;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public boolean wasEverPublished() {
    return publishedAt != null;
  }
}
