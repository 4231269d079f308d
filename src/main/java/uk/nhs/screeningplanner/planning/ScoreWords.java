package uk.nhs.screeningplanner.planning;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A solver score ("0hard/-18medium/-36449soft") in words a manager reads without training: whether
 * every hard rule is kept, the medium level in its own unit (slots lost, case-days late) and the
 * soft level as a cost with what it weighs.
 */
public final class ScoreWords {

  private static final Pattern SCORE =
      Pattern.compile("(?:(-?\\d+)init/)?(-?\\d+)hard/(-?\\d+)medium/(-?\\d+)soft");

  private ScoreWords() {}

  /**
   * E.g. {@code describe("0hard/-18medium/-36449soft", "slots lost", "fairness, travel and
   * wishes")} is "every hard rule kept · 18 slots lost · cost of fairness, travel and wishes
   * 36,449". A text that is not such a score is shown as it is.
   */
  public static String describe(String score, String mediumUnit, String softWhat) {
    if (score == null || score.isBlank()) {
      return "not solved yet";
    }
    Matcher m = SCORE.matcher(score.trim());
    if (!m.matches()) {
      return score;
    }
    long unplanned = m.group(1) == null ? 0 : -Long.parseLong(m.group(1));
    long hard = -Long.parseLong(m.group(2));
    long medium = -Long.parseLong(m.group(3));
    long soft = -Long.parseLong(m.group(4));
    String hardWords =
        hard <= 0
            ? "every hard rule kept"
            : String.format("hard rules broken (penalty %,d: see Why?)", hard);
    String text =
        String.format(
            "%s · %,d %s · cost of %s %,d", hardWords, medium, mediumUnit, softWhat, soft);
    return unplanned > 0 ? String.format("%,d not yet planned · %s", unplanned, text) : text;
  }
}
