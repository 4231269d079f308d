package uk.nhs.screeningplanner.service.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.BankHolidays;
import uk.nhs.screeningplanner.service.PartOfDay;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;

/**
 * Leave and preferences from the anchor Monday: everyone has an annual-leave block of a week or two
 * (one more for every 20 rows, on a long horizon), then study days, half days and a few preferences
 * not to work or to work. A person's rows never share a day; single days fall on working days, not
 * on weekends or bank holidays.
 */
final class AvailabilityGenerator {

  private static final int ROWS_PER_EXTRA_LEAVE_BLOCK = 20;
  private static final int ATTEMPTS_PER_ROW = 40;

  private static final List<String> STUDY =
      List.of("Study day", "Mandatory training", "Conference", "Clinical supervision");

  private static final List<String> HALF_DAY =
      List.of("Half day annual leave", "Medical appointment", "Carer commitment");

  private final Random random;
  private final LocalDate first;
  private final SampleSpec.Leave leave;
  private final int weeks;
  private final Set<LocalDate> bankHolidays = new HashSet<>();

  AvailabilityGenerator(Random random, LocalDate anchor, SampleSpec.Leave leave) {
    this.random = random;
    this.first = anchor;
    this.leave = leave;
    this.weeks = leave.weeks();
    for (int year = anchor.getYear(); year <= anchor.plusWeeks(weeks).getYear(); year++) {
      bankHolidays.addAll(BankHolidays.in(year));
    }
  }

  List<Availability> generate(List<StaffMember> staff) {
    List<Availability> rows = new ArrayList<>();
    for (StaffMember member : staff) {
      int target =
          leave.minRowsPerPerson()
              + random.nextInt(leave.maxRowsPerPerson() - leave.minRowsPerPerson() + 1);
      rows.addAll(forPerson(member, target));
    }
    return rows;
  }

  private List<Availability> forPerson(StaffMember member, int target) {
    List<Availability> rows = new ArrayList<>();
    Set<LocalDate> taken = new HashSet<>();
    int leaveBlocks = 1 + target / ROWS_PER_EXTRA_LEAVE_BLOCK;
    for (int attempt = 0; rows.size() < target && attempt < target * ATTEMPTS_PER_ROW; attempt++) {
      Availability row = rows.size() < leaveBlocks ? annualLeave(member) : other(member);
      if (free(row, taken)) {
        rows.add(row);
      }
    }
    return rows;
  }

  private Availability annualLeave(StaffMember member) {
    int length = random.nextInt(3) == 0 ? 2 : 1;
    LocalDate monday = first.plusWeeks(random.nextInt(weeks - length + 1));
    LocalDate friday = monday.plusWeeks(length).minusDays(3);
    return new Availability(
        member, monday, friday, PartOfDay.ALL_DAY, AvailabilityKind.UNAVAILABLE, "Annual leave");
  }

  private Availability other(StaffMember member) {
    LocalDate day = weekday();
    int roll = random.nextInt(10);
    if (roll < 4) {
      String reason =
          member.has(Skill.READER) && random.nextInt(3) == 0
              ? "PERFORMS self-assessment" // domain.md §3.2: readers take part every year
              : Names.pick(STUDY, random);
      return new Availability(
          member, day, day, PartOfDay.ALL_DAY, AvailabilityKind.UNAVAILABLE, reason);
    }
    PartOfDay half = random.nextBoolean() ? PartOfDay.AM : PartOfDay.PM;
    if (roll < 7) {
      String reason = Names.pick(HALF_DAY, random);
      return new Availability(member, day, day, half, AvailabilityKind.UNAVAILABLE, reason);
    }
    if (roll < 9) {
      return new Availability(
          member, day, day, half, AvailabilityKind.UNDESIRED, "Prefers not: school run");
    }
    return new Availability(
        member, day, day, PartOfDay.ALL_DAY, AvailabilityKind.DESIRED, "Would like an extra day");
  }

  /** A working day: a weekday that is not a bank holiday. */
  private LocalDate weekday() {
    LocalDate day;
    do {
      day = first.plusWeeks(random.nextInt(weeks)).plusDays(random.nextInt(5));
    } while (bankHolidays.contains(day));
    return day;
  }

  private static boolean free(Availability row, Set<LocalDate> taken) {
    List<LocalDate> days = row.getStartDate().datesUntil(row.getEndDate().plusDays(1)).toList();
    if (days.stream().anyMatch(taken::contains)) {
      return false;
    }
    taken.addAll(days);
    return true;
  }
}
