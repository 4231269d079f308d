package uk.nhs.screeningplanner.clinic.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import uk.nhs.screeningplanner.clinic.PlanSummary;
import uk.nhs.screeningplanner.planning.ScoreWords;

/** Dates and scores as a manager reads them (dd/MM/yyyy). */
final class PlanText {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd/MM");
  static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

  private PlanText() {}

  static String date(LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  static String summary(PlanSummary p) {
    if (p == null) {
      return "No clinic plan yet. A service manager makes one from the unit calendar: choose the"
          + " first Monday and the number of weeks, then Make plan and Solve.";
    }
    String published =
        p.publishedAt() == null
            ? "never published"
            : "plan in force published " + STAMP.format(p.publishedAt()) + " by " + p.publishedBy();
    return String.format(
        "%s to %s · %s (%s) · %d sessions, %d of them spare (no women to invite) · %s · %d"
            + " required positions unfilled · %d changes from the published plan",
        date(p.start()),
        date(p.end()),
        p.status() == uk.nhs.screeningplanner.clinic.PlanStatus.DRAFT && p.publishedAt() != null
            ? "Draft with changes"
            : p.status().label(),
        published,
        p.sessions(),
        p.spare(),
        score(p.score()),
        p.unfilled(),
        p.changes());
  }

  /** The score in words: hard rules, slots lost, and the cost of the soft rules. */
  static String score(String score) {
    return ScoreWords.describe(score, "slots lost", "fairness, travel and wishes");
  }
}
