package uk.nhs.screeningplanner.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One run of a planning solver: who asked, when, how it ended and the best score it reached. */
@Entity
@Table(name = "solver_job")
public class SolverJob {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String problem;

  @Column(name = "service_id")
  private long serviceId;

  @Enumerated(EnumType.STRING)
  private SolverJobStatus status;

  private String requestedBy;
  private Instant startedAt;
  private Instant endedAt;
  private String bestScore;
  private String summary;
  private String error;

  protected SolverJob() {}

  SolverJob(String problem, long serviceId, String requestedBy, Instant startedAt) {
    this.problem = problem;
    this.serviceId = serviceId;
    this.requestedBy = requestedBy;
    this.startedAt = startedAt;
    this.status = SolverJobStatus.SOLVING;
  }

  void progress(String bestScore, String summary) {
    this.bestScore = bestScore;
    this.summary = summary;
  }

  void end(SolverJobStatus status, Instant endedAt, String error) {
    this.status = status;
    this.endedAt = endedAt;
    this.error = error;
  }

  public Long getId() {
    return id;
  }

  public String getProblem() {
    return problem;
  }

  public long getServiceId() {
    return serviceId;
  }

  public SolverJobStatus getStatus() {
    return status;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getBestScore() {
    return bestScore;
  }

  public String getSummary() {
    return summary;
  }

  public String getError() {
    return error;
  }

  /** How long the job ran (or has run so far, when still solving). */
  public Duration elapsed(Instant now) {
    return Duration.between(startedAt, endedAt == null ? now : endedAt);
  }
}
