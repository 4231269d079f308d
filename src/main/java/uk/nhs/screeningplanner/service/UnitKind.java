package uk.nhs.screeningplanner.service;

/** design.md Domain: a mobile van that moves between pitches, or a room at a static site. */
public enum UnitKind {
  MOBILE_VAN("Mobile van"),
  STATIC_ROOM("Static room");

  private final String label;

  UnitKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
