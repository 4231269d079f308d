package uk.nhs.screeningplanner.shared;

/** A request named something that does not exist. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
