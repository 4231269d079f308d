package uk.nhs.screeningplanner.roster;

/**
 * How soon the roster gets results out, and how it stands against the best any roster could do
 * (issues 12 and 15): late case-days beside the lower bound, days from screening to the last read,
 * the queue at the start and the end of the horizon, and whether reading capacity is short.
 *
 * @param caseDaysLate the roster's late case-days (the medium score)
 * @param caseDaysLateAnyReader the same sessions' late case-days if a reader could read a case
 *     twice
 * @param boundState {@code "computing"}, {@code "ready"} or {@code "unavailable"}
 * @param bound no roster can have fewer late case-days (when ready)
 * @param leastEndQueue no roster can end with fewer cases waiting (when ready)
 * @param queueAtStart cases waiting when the horizon starts
 * @param openingSource how that figure was derived
 * @param yesterdayAtStart of those, cases screened on the last working day before the horizon
 * @param queueAtEnd cases waiting at the end of the horizon
 * @param lastDayScreens of those, cases screened on the horizon's last working day
 */
public record RosterFigures(
    long caseDaysLate,
    long caseDaysLateAnyReader,
    String boundState,
    long bound,
    double leastEndQueue,
    long boundMillis,
    long waitingCaseDays,
    double meanDaysToResult,
    int p95DaysToResult,
    long queueAtStart,
    String openingSource,
    long yesterdayAtStart,
    long queueAtEnd,
    long lastDayScreens,
    int weeks) {

  public boolean boundReady() {
    return "ready".equals(boundState);
  }

  /** "312 late case-days; no roster can have fewer than 300 (lower bound, 1.2 s)…". */
  public String lateVersusBound() {
    String late = String.format("%,d late case-days", caseDaysLate);
    if (!boundReady()) {
      return late
          + ("computing".equals(boundState)
              ? "; the fewest any roster could reach is being computed…"
              : "; the fewest any roster could reach could not be computed.");
    }
    String head =
        late
            + String.format(
                "; no roster of these readers' job-planned sessions can have fewer than %,d (a"
                    + " lower bound, computed in %.1f s, that lets a session be split between"
                    + " roles and leaves out the rule that two different readers read each case)",
                bound, boundMillis / 1000.0);
    if (caseDaysLate <= bound) {
      return head + ". This roster reaches it.";
    }
    long rule = Math.max(0, caseDaysLate - caseDaysLateAnyReader);
    long gap = caseDaysLate - bound;
    if (rule == 0) {
      return head + String.format(". This roster is %,d above it.", gap);
    }
    return head
        + String.format(
            ". This roster is %,d above it, %,d of them because no reader may read a case twice"
                + " (the same sessions without that rule would give %,d).",
            gap, Math.min(rule, gap), caseDaysLateAnyReader);
  }

  /** Mean and 95th-percentile working days from screening to the last read. */
  public String daysToResult() {
    return String.format(
        "Working days from screening to the last read: %.1f on average, 95%% within %d"
            + " (%,d case-days of waiting in all).",
        meanDaysToResult, p95DaysToResult, waitingCaseDays);
  }

  /** The queue at the start and at the end of the horizon. */
  public String queue() {
    return String.format(
        "Cases waiting for a read: %,d at the start (%s); %,d at the end of the horizon, %,d of"
            + " them screened on its last working day.",
        queueAtStart, openingSource, queueAtEnd, lastDayScreens);
  }

  /** Backlog beyond the screens of the day before: what the horizon takes on and hands on. */
  public long backlogAtStart() {
    return Math.max(0, queueAtStart - yesterdayAtStart);
  }

  public long backlogAtEnd() {
    return Math.max(0, queueAtEnd - lastDayScreens);
  }

  /**
   * Cases a week reading capacity is short by: the least backlog any roster ends with, less the
   * start's.
   */
  public long shortPerWeek() {
    if (!boundReady()) {
      return 0;
    }
    double least = Math.max(0, leastEndQueue - lastDayScreens);
    double growth = least - backlogAtStart();
    return growth > 0.5 ? Math.max(1, Math.round(growth / Math.max(1, weeks))) : 0;
  }

  /** Whether capacity is short, or the roster hands on more than it need. */
  public String capacity() {
    if (!boundReady()) {
      return "";
    }
    if (shortPerWeek() > 0) {
      return String.format(
          "Reading capacity is short by about %,d cases a week: even the best roster ends the"
              + " horizon with at least %,d cases waiting beyond the last day's screens (%,d at"
              + " the start).",
          shortPerWeek(),
          Math.round(Math.max(0, leastEndQueue - lastDayScreens)),
          backlogAtStart());
    }
    if (backlogAtEnd() > backlogAtStart()) {
      return String.format(
          "This roster ends with %,d cases waiting beyond the last day's screens (%,d at the"
              + " start) although the readers' job-planned time could avoid it: solve again or"
              + " add sessions.",
          backlogAtEnd(), backlogAtStart());
    }
    return "Reading capacity is enough: the roster hands on no more backlog than it started with.";
  }
}
