package uk.nhs.screeningplanner.clinic;

import java.util.EnumSet;
import java.util.Set;
import uk.nhs.screeningplanner.service.Skill;

/**
 * A place to fill in a clinic session (domain.md §2.3, §4; design.md planning problem 2): who may
 * fill it and whether the session can run without it.
 */
public enum Position {
  /** A registered mammographer leads every screening session. */
  LEAD("Lead mammographer", true, EnumSet.of(Skill.MAMMOGRAPHER)),
  /** Minimum 2 per van session: a mammographer or an assistant practitioner. */
  SECOND(
      "Second mammographer or AP",
      true,
      EnumSet.of(Skill.MAMMOGRAPHER, Skill.ASSISTANT_PRACTITIONER)),
  /** Up to 3 at busy times; the session runs without it. */
  THIRD(
      "Third (busy sessions)", false, EnumSet.of(Skill.MAMMOGRAPHER, Skill.ASSISTANT_PRACTITIONER)),
  /** Radiologist, consultant radiographer or breast clinician. */
  ASSESSOR("Assessor", true, EnumSet.of(Skill.ASSESSOR)),
  ASSESSMENT_MAMMOGRAPHER("Assessment mammographer", true, EnumSet.of(Skill.MAMMOGRAPHER)),
  BREAST_CARE_NURSE("Breast care nurse", true, EnumSet.of(Skill.BREAST_CARE_NURSE));

  private final String label;
  private final boolean required;
  private final Set<Skill> skills;

  Position(String label, boolean required, Set<Skill> skills) {
    this.label = label;
    this.required = required;
    this.skills = skills;
  }

  public String label() {
    return label;
  }

  /** A session cannot run while a required position is empty. */
  public boolean required() {
    return required;
  }

  /** Whether someone with these skills may fill the position. */
  public boolean accepts(Set<Skill> held) {
    return held.stream().anyMatch(skills::contains);
  }

  /** The skills that qualify, in words, e.g. for an explanation. */
  public String qualifyingSkills() {
    return String.join(
        " or ", skills.stream().map(s -> s.label().toLowerCase(java.util.Locale.ROOT)).toList());
  }
}
