package uk.nhs.screeningplanner.roster;

import java.util.List;
import java.util.Map;

/** The score broken down by rule and by reader, in plain English (the "Why?" panel). */
public record RosterExplanation(
    String score, List<Rule> rules, Map<String, List<String>> byReader) {

  /** One rule: its level (hard, medium, soft), its cost, and one sentence per breach. */
  public record Rule(String name, String level, long cost, List<String> details) {}
}
