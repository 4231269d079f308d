package uk.nhs.screeningplanner.forecast.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.screeningplanner.forecast.Scenario;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/** A what-if scenario saved by its author (V20). */
@Entity
@Table(name = "forecast_scenario")
public class SavedScenario extends VersionedEntity {

  @Column(name = "service_id")
  private long serviceId;

  private String name;
  private String author;

  @Column(name = "created_at")
  private Instant createdAt;

  private int readers;

  @Column(name = "sessions_per_reader")
  private int sessionsPerReader;

  @Column(name = "unit_out_id")
  private Long unitOutId;

  @Column(name = "out_from")
  private LocalDate outFrom;

  @Column(name = "out_to")
  private LocalDate outTo;

  @Column(name = "ai_from")
  private LocalDate aiFrom;

  @Column(name = "evening_sessions")
  private int eveningSessions;

  protected SavedScenario() {}

  public SavedScenario(long serviceId, Scenario s, String author, Instant createdAt) {
    this.serviceId = serviceId;
    this.author = author;
    this.createdAt = createdAt;
    update(s);
  }

  public void update(Scenario s) {
    this.name = s.name();
    this.readers = s.readers();
    this.sessionsPerReader = s.sessionsPerReader();
    this.unitOutId = s.unitOutId();
    this.outFrom = s.outFrom();
    this.outTo = s.outTo();
    this.aiFrom = s.aiFrom();
    this.eveningSessions = s.eveningSessions();
  }

  public Scenario scenario() {
    return new Scenario(
        name, readers, sessionsPerReader, unitOutId, outFrom, outTo, aiFrom, eveningSessions);
  }

  public long getServiceId() {
    return serviceId;
  }

  public String getName() {
    return name;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
