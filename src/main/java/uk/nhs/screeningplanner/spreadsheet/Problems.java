package uk.nhs.screeningplanner.spreadsheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems up to a limit, so a file with a million bad rows cannot fill the memory with
 * messages; the rest are counted and summed up in one last line.
 */
public final class Problems {

  private final int limit;
  private final List<Problem> listed = new ArrayList<>();
  private int errors;
  private int unlisted;

  public Problems(int limit) {
    this.limit = limit;
  }

  public void add(Problem problem) {
    if (problem.isError()) {
      errors++;
    }
    if (listed.size() < limit) {
      listed.add(problem);
    } else {
      unlisted++;
    }
  }

  public void error(String sheet, Integer row, String column, String value, String message) {
    add(Problem.error(sheet, row, column, value, message));
  }

  public void addAll(Iterable<Problem> problems) {
    problems.forEach(this::add);
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  public int errorCount() {
    return errors;
  }

  /** Errors first, then warnings, each in the order found; plus a line for any not listed. */
  public List<Problem> list() {
    return list((a, b) -> 0);
  }

  /** Errors first, then warnings, each in the given order; plus a line for any not listed. */
  public List<Problem> list(Comparator<Problem> order) {
    List<Problem> all = new ArrayList<>();
    listed.stream().filter(Problem::isError).sorted(order).forEach(all::add);
    listed.stream().filter(p -> !p.isError()).sorted(order).forEach(all::add);
    if (unlisted > 0) {
      all.add(
          Problem.ofFile(
              String.format(
                  "%,d more problems are not listed; only the first %,d are. Fix these and"
                      + " upload the file again to see the rest.",
                  unlisted, limit)));
    }
    return all;
  }
}
