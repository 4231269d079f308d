package uk.nhs.screeningplanner.spreadsheet;

/**
 * Counts, from a worksheet's raw XML bytes as they are unzipped, the rows that hold a value: a
 * {@code <row>} with a {@code <v>} or {@code <is>} inside. It reads no XML tree and keeps a few
 * bytes of state, so a sheet of a million rows is measured in the time it takes to unzip, before
 * anything is parsed.
 */
final class RowCounter {

  private final StringBuilder tag = new StringBuilder(8);
  private boolean inTag;
  private boolean rowHasValue;
  private long rows;

  void accept(byte[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      byte b = buffer[i];
      if (b == '<') {
        inTag = true;
        tag.setLength(0);
      } else if (inTag) {
        if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r') {
          element(tag);
          inTag = false;
        } else if (tag.length() < 8) {
          tag.append((char) b);
        } else {
          inTag = false; // a long name is none of ours
        }
      }
    }
  }

  private void element(CharSequence name) {
    String local = name.toString();
    int colon = local.indexOf(':');
    if (colon >= 0) {
      local = local.substring(colon + 1);
    }
    switch (local) {
      case "row" -> {
        finishRow();
      }
      case "v", "is" -> rowHasValue = true;
      default -> {
        // other elements do not matter here
      }
    }
  }

  private void finishRow() {
    if (rowHasValue) {
      rows++;
    }
    rowHasValue = false;
  }

  /** Rows holding a value so far, counting the one still open. */
  long rows() {
    return rows + (rowHasValue ? 1 : 0);
  }
}
