package uk.nhs.screeningplanner.service;

/** design.md Domain: a static site (hospital, breast unit) or a pitch where a mobile van parks. */
public enum SiteKind {
  STATIC("Static site"),
  MOBILE_PITCH("Mobile pitch");

  private final String label;

  SiteKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
