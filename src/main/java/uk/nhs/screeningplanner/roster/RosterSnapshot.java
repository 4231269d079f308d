package uk.nhs.screeningplanner.roster;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the roster page and the export show about the current roster: the grid, the daily
 * demand and capacity, the projected backlog and the score.
 */
public record RosterSnapshot(
    long planId,
    RosterStatus status,
    LocalDate start,
    LocalDate end,
    String score,
    boolean feasible,
    long casesLate,
    long caseDaysLate,
    String formula,
    int targetWorkingDays,
    int readingSessionsPerWeek,
    LocalDate replanFrom,
    String published,
    java.time.Instant publishedAt,
    List<LocalDate> days,
    List<RosterReader> readers,
    List<RosterCell> cells,
    List<RosterDay> daily,
    RosterFigures figures) {

  /** A reader row of the grid with their planned reads against the pro-rata targets. */
  public record RosterReader(
      long staffId,
      String code,
      String name,
      boolean arbitrator,
      int readingSessionsPerWeek,
      int plannedReads,
      int readsTarget,
      int plannedFirstReads,
      int firstReadsTarget) {}

  /** Cells of one reader and one day, in session order. */
  public List<RosterCell> cellsOf(long staffId, LocalDate date) {
    return cells.stream().filter(c -> c.staffId() == staffId && c.date().equals(date)).toList();
  }

  public int changedCount() {
    return (int) cells.stream().filter(RosterCell::changed).count();
  }
}
