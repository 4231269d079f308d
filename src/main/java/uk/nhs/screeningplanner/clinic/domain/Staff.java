package uk.nhs.screeningplanner.clinic.domain;

import java.util.Set;
import uk.nhs.screeningplanner.service.Skill;

/**
 * A person who can staff clinics, with the half-days ({@link Session#halfDay()}) they cannot work,
 * would rather not work and would like to work.
 */
public record Staff(
    long id,
    String name,
    Set<Skill> skills,
    Location base,
    int contractedSessionsPerWeek,
    int maxVanDaysPerWeek,
    Set<Long> unavailable,
    Set<Long> undesired,
    Set<Long> desired) {

  public Staff {
    skills = Set.copyOf(skills);
    unavailable = Set.copyOf(unavailable);
    undesired = Set.copyOf(undesired);
    desired = Set.copyOf(desired);
  }

  public boolean unavailableFor(Session session) {
    return unavailable.contains(session.halfDay());
  }

  public boolean undesires(Session session) {
    return undesired.contains(session.halfDay());
  }

  public boolean desires(Session session) {
    return desired.contains(session.halfDay());
  }

  public int travelMinutesTo(Session session) {
    return base == null ? 0 : base.travelMinutesTo(session.site());
  }

  @Override
  public String toString() {
    return name;
  }

  /** Identity is the id: cheap to hash in the solver's joins and groups. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Staff that && that.id == id;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }
}
