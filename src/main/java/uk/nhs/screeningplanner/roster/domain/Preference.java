package uk.nhs.screeningplanner.roster.domain;

/** A reader's standing with one session: free, unavailable (hard), or a wish either way (soft). */
public enum Preference {
  NONE,
  UNAVAILABLE,
  UNDESIRED,
  DESIRED
}
