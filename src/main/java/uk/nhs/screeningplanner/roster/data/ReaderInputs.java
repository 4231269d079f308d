package uk.nhs.screeningplanner.roster.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.screeningplanner.planning.Booking;
import uk.nhs.screeningplanner.roster.domain.Preference;
import uk.nhs.screeningplanner.roster.domain.ReaderInput;
import uk.nhs.screeningplanner.roster.domain.SessionPart;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.PartOfDay;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;

/**
 * Readers as the roster sees them: their job-planned reading sessions a week (issue #12: a split
 * role's clinic sessions are the clinic schedule's), leave and wishes, and the half-days another
 * plan in force books (a published clinic session), which they cannot read in.
 */
public final class ReaderInputs {

  private ReaderInputs() {}

  public static boolean reads(StaffMember m) {
    return m.isActive() && m.has(Skill.READER) && m.getReadingRatePerHour() != null;
  }

  public static List<ReaderInput> of(
      Collection<StaffMember> staff,
      Collection<Availability> availability,
      Collection<Booking> otherPlans,
      java.util.function.ToLongFunction<StaffMember> ids) {
    Map<StaffMember, List<Availability>> byStaff = new HashMap<>();
    availability.forEach(a -> byStaff.computeIfAbsent(a.getStaff(), s -> new ArrayList<>()).add(a));
    Map<Long, List<Booking>> booked = new HashMap<>();
    for (Booking b : otherPlans) {
      if (b.published()) {
        booked.computeIfAbsent(b.staffId(), k -> new ArrayList<>()).add(b);
      }
    }
    List<ReaderInput> readers = new ArrayList<>();
    for (StaffMember m : staff) {
      if (reads(m)) {
        var preferences = preferences(byStaff.getOrDefault(m, List.of()));
        for (Booking b : booked.getOrDefault(ids.applyAsLong(m), List.of())) {
          preferences
              .computeIfAbsent(b.date(), d -> new EnumMap<>(SessionPart.class))
              .put(b.morning() ? SessionPart.AM : SessionPart.PM, Preference.UNAVAILABLE);
        }
        readers.add(
            new ReaderInput(
                ids.applyAsLong(m),
                m.getStaffCode(),
                m.getName(),
                m.has(Skill.ARBITRATOR),
                m.getReadingRatePerHour(),
                m.jobPlannedReadingSessions(),
                m.getReadsThisYear(),
                m.getFirstReadsThisYear(),
                preferences));
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
