package uk.nhs.screeningplanner.roster.domain;

/**
 * A reader as the solver sees them: skills, job-planned reading sessions a week, and the reads and
 * first reads the horizon should give them to stay on track for the yearly minimums (domain.md
 * §3.2). Equal by id.
 */
public final class Reader {

  private final long id;
  private final String code;
  private final String name;
  private final boolean arbitrator;
  private final int readingSessionsPerWeek;
  private final int readsTarget;
  private final int firstReadsTarget;

  public Reader(
      long id,
      String code,
      String name,
      boolean arbitrator,
      int readingSessionsPerWeek,
      int readsTarget,
      int firstReadsTarget) {
    this.id = id;
    this.code = code;
    this.name = name;
    this.arbitrator = arbitrator;
    this.readingSessionsPerWeek = readingSessionsPerWeek;
    this.readsTarget = readsTarget;
    this.firstReadsTarget = firstReadsTarget;
  }

  public long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public boolean isArbitrator() {
    return arbitrator;
  }

  public int getReadingSessionsPerWeek() {
    return readingSessionsPerWeek;
  }

  /** Reads this reader should do within the horizon to be on track pro rata. */
  public int getReadsTarget() {
    return readsTarget;
  }

  /** First reads this reader should do within the horizon to be on track pro rata. */
  public int getFirstReadsTarget() {
    return firstReadsTarget;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reader other && other.id == id;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }

  @Override
  public String toString() {
    return name;
  }
}
