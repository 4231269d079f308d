package uk.nhs.screeningplanner.clinic.solver;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.nhs.screeningplanner.clinic.Position;
import uk.nhs.screeningplanner.clinic.SessionKind;
import uk.nhs.screeningplanner.clinic.domain.Location;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.domain.Session;
import uk.nhs.screeningplanner.clinic.domain.Staff;
import uk.nhs.screeningplanner.service.Skill;

/** Small planning objects for the rule tests. Monday 7 Dec 2026 starts the week. */
final class Fixtures {

  static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

  /** The main hospital and a van pitch 40 km east: 60 minutes at 40 km/h. */
  static final Location HOSPITAL = new Location(1, "Main hospital", 51.0, -2.6);

  static final Location PITCH = new Location(2, "Retail park", 51.0, -2.6 + 40 / 70.0);

  private static long ids = 100;

  private Fixtures() {}

  static Session van(LocalDate day, boolean morning) {
    return session(day, morning, "Van 1", true, PITCH, 25);
  }

  static Session room(LocalDate day, boolean morning) {
    return session(day, morning, "Room 1", false, HOSPITAL, 25);
  }

  static Session session(
      LocalDate day, boolean morning, String unit, boolean van, Location site, int slots) {
    int start = morning ? 9 * 60 : 13 * 60 + 30;
    return new Session(
        ids++,
        day,
        morning,
        SessionKind.SCREENING,
        unit,
        van,
        site,
        start,
        start + 200,
        slots,
        van,
        true);
  }

  static Staff mammographer(String name) {
    return staff(name, Set.of(Skill.MAMMOGRAPHER), Set.of(), Set.of(), Set.of());
  }

  static Staff staff(
      String name,
      Set<Skill> skills,
      Set<Long> unavailable,
      Set<Long> undesired,
      Set<Long> desired) {
    Map<Long, String> away = new HashMap<>();
    unavailable.forEach(halfDay -> away.put(halfDay, "Annual leave"));
    return new Staff(ids++, name, skills, HOSPITAL, 10, 3, away, undesired, desired, Map.of());
  }

  static Staff limited(String name, int contracted, int maxVanDays) {
    return new Staff(
        ids++,
        name,
        Set.of(Skill.MAMMOGRAPHER),
        HOSPITAL,
        contracted,
        maxVanDays,
        Map.of(),
        Set.of(),
        Set.of(),
        Map.of());
  }

  /** A mammographer the published plan had in this session. */
  static Staff publishedIn(String name, Session session) {
    return new Staff(
        ids++,
        name,
        Set.of(Skill.MAMMOGRAPHER),
        HOSPITAL,
        10,
        3,
        Map.of(),
        Set.of(),
        Set.of(),
        Map.of(session.halfDay(), session.id()));
  }

  static PositionAssignment assign(Session session, Position position, Staff staff) {
    return new PositionAssignment(ids++, session, position, List.of(), staff);
  }

  static PositionAssignment published(Session session, Position position, Staff was, Staff now) {
    PositionAssignment a = assign(session, position, now);
    a.setPublished(was);
    return a;
  }
}
