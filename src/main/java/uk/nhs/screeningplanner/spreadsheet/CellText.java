package uk.nhs.screeningplanner.spreadsheet;

import java.util.regex.Pattern;

/**
 * Text as typed, made plain: the spaces Excel users paste that Java's {@code strip()} does not see
 * (non-breaking and narrow spaces) become ordinary spaces, so they are trimmed and never show as
 * invisible characters in an error; and the Unicode controls that reverse how text is shown
 * (bidirectional overrides and isolates such as U+202E) are removed, so a name cannot display as
 * something other than what it is.
 */
public final class CellText {

  private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\uFEFF]");
  private static final Pattern BIDI_CONTROLS =
      Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

  private CellText() {}

  public static String clean(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return BIDI_CONTROLS.matcher(ODD_SPACES.matcher(text).replaceAll(" ")).replaceAll("");
  }
}
