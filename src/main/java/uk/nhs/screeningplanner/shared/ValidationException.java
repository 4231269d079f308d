package uk.nhs.screeningplanner.shared;

import java.util.List;

/** A change was refused because its values break a rule; each message is meant for the user. */
public class ValidationException extends RuntimeException {

  private final List<String> problems;

  public ValidationException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public ValidationException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
