package uk.nhs.screeningplanner.clinic;

/** Someone who can be chosen for a position by hand. */
public record StaffOption(long id, String name, String skills) {

  @Override
  public String toString() {
    return name;
  }
}
