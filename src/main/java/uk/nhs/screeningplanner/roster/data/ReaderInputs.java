package uk.nhs.screeningplanner.roster.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.screeningplanner.roster.domain.Preference;
import uk.nhs.screeningplanner.roster.domain.ReaderInput;
import uk.nhs.screeningplanner.roster.domain.SessionPart;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.PartOfDay;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;

/**
 * Readers as the roster sees them. Job-planned reading sessions a week are not held per staff
 * member yet, so each reader gets the roster's setting, capped by their contracted sessions.
 */
public final class ReaderInputs {

  private ReaderInputs() {}

  public static boolean reads(StaffMember m) {
    return m.isActive() && m.has(Skill.READER) && m.getReadingRatePerHour() != null;
  }

  public static List<ReaderInput> of(
      Collection<StaffMember> staff,
      Collection<Availability> availability,
      int readingSessionsPerWeek,
      java.util.function.ToLongFunction<StaffMember> ids) {
    Map<StaffMember, List<Availability>> byStaff = new HashMap<>();
    availability.forEach(a -> byStaff.computeIfAbsent(a.getStaff(), s -> new ArrayList<>()).add(a));
    List<ReaderInput> readers = new ArrayList<>();
    for (StaffMember m : staff) {
      if (reads(m)) {
        readers.add(
            new ReaderInput(
                ids.applyAsLong(m),
                m.getStaffCode(),
                m.getName(),
                m.has(Skill.ARBITRATOR),
                m.getReadingRatePerHour(),
                Math.min(readingSessionsPerWeek, m.getContractedSessionsPerWeek()),
                m.getReadsThisYear(),
                m.getFirstReadsThisYear(),
                preferences(byStaff.getOrDefault(m, List.of()))));
      }
    }
    return readers;
  }

  static Map<LocalDate, Map<SessionPart, Preference>> preferences(List<Availability> entries) {
    Map<LocalDate, Map<SessionPart, Preference>> prefs = new HashMap<>();
    for (Availability a : entries) {
      Preference p = preference(a.getKind());
      for (LocalDate d = a.getStartDate(); !d.isAfter(a.getEndDate()); d = d.plusDays(1)) {
        Map<SessionPart, Preference> day =
            prefs.computeIfAbsent(d, x -> new EnumMap<>(SessionPart.class));
        for (SessionPart part : parts(a.getPartOfDay())) {
          // unavailable wins over a wish; a later wish does not undo leave
          day.merge(part, p, (old, now) -> old == Preference.UNAVAILABLE ? old : now);
        }
      }
    }
    return prefs;
  }

  private static List<SessionPart> parts(PartOfDay part) {
    return switch (part) {
      case AM -> List.of(SessionPart.AM);
      case PM -> List.of(SessionPart.PM, SessionPart.EVENING);
      case ALL_DAY -> List.of(SessionPart.values());
    };
  }

  private static Preference preference(AvailabilityKind kind) {
    return switch (kind) {
      case UNAVAILABLE -> Preference.UNAVAILABLE;
      case UNDESIRED -> Preference.UNDESIRED;
      case DESIRED -> Preference.DESIRED;
    };
  }
}
