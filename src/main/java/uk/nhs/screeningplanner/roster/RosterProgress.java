package uk.nhs.screeningplanner.roster;

/** Live news of a running solve: the best score so far and cases it would still read late. */
public record RosterProgress(String score, long casesLate, boolean finished, String status) {}
