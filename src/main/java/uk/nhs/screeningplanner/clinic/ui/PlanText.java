package uk.nhs.screeningplanner.clinic.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import uk.nhs.screeningplanner.clinic.PlanSummary;

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
            : "last published " + STAMP.format(p.publishedAt()) + " by " + p.publishedBy();
    return String.format(
        "%s to %s · %s (%s) · %d sessions · %s · %d required positions unfilled · %d changes from"
            + " the published plan",
        date(p.start()),
        date(p.end()),
        p.status().label(),
        published,
        p.sessions(),
        score(p.score()),
        p.unfilled(),
        p.changes());
  }

  /** "0hard/-120medium/-5400soft" as "hard 0 · medium -120 · soft -5400". */
  static String score(String score) {
    if (score == null) {
      return "not solved yet";
    }
    String[] parts = score.replace("init", "").split("/");
    if (parts.length != 3) {
      return "score " + score;
    }
    return "score: hard "
        + parts[0].replace("hard", "")
        + ", medium "
        + parts[1].replace("medium", "")
        + ", soft "
        + parts[2].replace("soft", "");
  }
}
