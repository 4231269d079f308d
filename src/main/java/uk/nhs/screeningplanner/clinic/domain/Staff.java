package uk.nhs.screeningplanner.clinic.domain;

import java.util.Map;
import java.util.Set;
import uk.nhs.screeningplanner.service.Skill;

/**
 * A person who can staff clinics, with the half-days ({@link Session#halfDay()}) they cannot work
 * and why (leave, or reading in the published roster), would rather not work and would like to
 * work.
 *
 * @param contractedSessionsPerWeek clinic sessions a week: the contract less job-planned reading
 * @param publishedSessions for each half-day, the session the published plan had them in; a replan
 *     moving them costs more the further it moves them (issue #12)
 */
public record Staff(
    long id,
    String name,
    Set<Skill> skills,
    Location base,
    int contractedSessionsPerWeek,
    int maxVanDaysPerWeek,
    Map<Long, String> unavailable,
    Set<Long> undesired,
    Set<Long> desired,
    Map<Long, Long> publishedSessions) {

  public Staff {
    skills = Set.copyOf(skills);
    unavailable = Map.copyOf(unavailable);
    undesired = Set.copyOf(undesired);
    desired = Set.copyOf(desired);
    publishedSessions = Map.copyOf(publishedSessions);
  }

  public boolean unavailableFor(Session session) {
    return unavailable.containsKey(session.halfDay());
  }

  /** Why they cannot work the session's half-day ("Annual leave", "reading (published …)"). */
  public String unavailableReason(Session session) {
    return unavailable.get(session.halfDay());
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

  /** The session the published plan had them in on this session's half-day, or null. */
  public Long publishedSessionAt(Session session) {
    return publishedSessions.get(session.halfDay());
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
