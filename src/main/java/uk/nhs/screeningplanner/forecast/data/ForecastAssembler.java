package uk.nhs.screeningplanner.forecast.data;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.clinic.ClinicScheduleService;
import uk.nhs.screeningplanner.clinic.PracticeVisit;
import uk.nhs.screeningplanner.forecast.model.Batch;
import uk.nhs.screeningplanner.forecast.model.PathwayRates;
import uk.nhs.screeningplanner.forecast.model.Quintiles;
import uk.nhs.screeningplanner.planning.Booking;
import uk.nhs.screeningplanner.planning.StaffBookings;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.BankHolidays;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.PartOfDay;
import uk.nhs.screeningplanner.service.PracticeService;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.service.SiteService;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.StaffService;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;
import uk.nhs.screeningplanner.service.UnitCalendarService;

/**
 * Reads the forecast's baseline from the database on every call (no cache, so a published plan or a
 * changed practice shows at once): practices and the visits that invite them, the unit calendar,
 * the published clinic plan and reader roster, readers and their leave, and the settings.
 */
@Component
public class ForecastAssembler {

  /** The published reader roster's bookings carry this plan name. */
  private static final String ROSTER_PLAN = "reader roster";

  private final ServiceSettingsService services;
  private final PracticeService practices;
  private final SiteService sites;
  private final UnitCalendarService calendar;
  private final StaffService staff;
  private final ClinicScheduleService clinic;
  private final StaffBookings bookings;
  private final Clock clock;

  ForecastAssembler(
      ServiceSettingsService services,
      PracticeService practices,
      SiteService sites,
      UnitCalendarService calendar,
      StaffService staff,
      ClinicScheduleService clinic,
      StaffBookings bookings,
      Clock clock) {
    this.services = services;
    this.practices = practices;
    this.sites = sites;
    this.calendar = calendar;
    this.staff = staff;
    this.clinic = clinic;
    this.bookings = bookings;
    this.clock = clock;
  }

  /** The baseline over {@code months} months from today. */
  @Transactional(readOnly = true)
  public ForecastData load(int months) {
    ScreeningService settings = services.current();
    LocalDate start = LocalDate.now(clock);
    LocalDate end = start.plusMonths(months);
    int days = (int) (end.toEpochDay() - start.toEpochDay());
    double[] working = new double[days];
    int[] roundDays = new int[days];
    for (int d = 0; d < days; d++) {
      LocalDate day = start.plusDays(d);
      working[d] = isWorkingDay(day) ? 1 : 0;
      roundDays[d] = dayOf(start, day.plusMonths(settings.getRoundLengthMonths()));
    }

    List<ScreeningUnit> unitList =
        sites.allUnits().stream().filter(ScreeningUnit::isActive).toList();
    Map<Long, Integer> unitIndex = new HashMap<>();
    List<ForecastData.Unit> units = new ArrayList<>();
    double[] standard = new double[unitList.size()];
    for (ScreeningUnit u : unitList) {
      unitIndex.put(u.getId(), units.size());
      standard[units.size()] = u.getDailyThroughput();
      units.add(new ForecastData.Unit(u.getId(), u.getCode(), u.getName()));
    }

    // screening slots: the unit calendar, scaled to the published clinic plan where it covers
    double[][] unitSlots = new double[unitList.size()][days];
    LocalDate calendarEnd = null;
    for (UnitCalendarEntry entry : calendar.entries()) {
      Integer u = unitIndex.get(entry.getUnit().getId());
      if (u == null || !entry.getSite().isActive()) {
        continue;
      }
      if (calendarEnd == null || entry.getEndDate().isAfter(calendarEnd)) {
        calendarEnd = entry.getEndDate();
      }
      double slots =
          (settings.getAmSessionMinutes() / settings.getSlotMinutes()
                  + settings.getPmSessionMinutes() / settings.getSlotMinutes())
              * (double) entry.getUnit().getLanes();
      for (LocalDate day = later(entry.getStartDate(), start);
          !day.isAfter(entry.getEndDate()) && day.isBefore(end);
          day = day.plusDays(1)) {
        if (entry.screensOn(day)) {
          unitSlots[u][dayOf(start, day)] += slots;
        }
      }
    }
    int poolFrom = calendarEnd == null ? 0 : Math.max(0, dayOf(start, calendarEnd) + 1);
    double[] extraPool = new double[days];
    Map<LocalDate, Integer> planned =
        clinic.plannedScreensPerDay(settings.getId(), start, end.minusDays(1));
    planned.forEach(
        (day, screens) -> {
          int d = dayOf(start, day);
          double total = 0;
          for (double[] unit : unitSlots) {
            total += unit[d];
          }
          if (total > 0) {
            for (double[] unit : unitSlots) {
              unit[d] *= screens / total;
            }
          } else {
            extraPool[d] += screens;
          }
        });

    List<Batch> batches = batches(settings, start, days, unitIndex);

    // reading capacity
    List<StaffMember> readers =
        staff.allStaff().stream()
            .filter(m -> m.isActive() && m.has(Skill.READER) && m.getReadingRatePerHour() != null)
            .toList();
    double amHours = settings.getAmSessionMinutes() / 60.0;
    double pmHours = settings.getPmSessionMinutes() / 60.0;
    Map<Long, StaffMember> byId = new HashMap<>();
    readers.forEach(m -> byId.put(m.getId(), m));
    List<Booking> reading =
        bookings.all(settings.getId(), start, end.minusDays(1)).stream()
            .filter(b -> b.published() && ROSTER_PLAN.equals(b.plan()))
            .toList();
    LocalDate rosterFrom =
        reading.stream().map(Booking::date).min(LocalDate::compareTo).orElse(null);
    LocalDate rosterTo = reading.stream().map(Booking::date).max(LocalDate::compareTo).orElse(null);
    double[] reads = new double[days];
    for (Booking b : reading) {
      StaffMember m = byId.get(b.staffId());
      if (m != null) {
        reads[dayOf(start, b.date())] +=
            m.getReadingRatePerHour() * (b.morning() ? amHours : pmHours);
      }
    }
    for (StaffMember m : readers) {
      List<Availability> leave =
          staff.availabilityOf(m).stream()
              .filter(a -> a.getKind() == AvailabilityKind.UNAVAILABLE)
              .toList();
      double perDay =
          m.jobPlannedReadingSessions() / 5.0 * (amHours + pmHours) / 2 * m.getReadingRatePerHour();
      for (int d = 0; d < days; d++) {
        LocalDate day = start.plusDays(d);
        boolean rostered =
            rosterFrom != null && !day.isBefore(rosterFrom) && !day.isAfter(rosterTo);
        if (working[d] == 0 || rostered) {
          continue;
        }
        reads[d] += perDay * (1 - away(leave, day));
      }
    }

    double attenders = batches.stream().mapToDouble(Batch::attenders).sum();
    double recall =
        attenders <= 0
            ? settings.getRecallRateIncident().doubleValue()
            : batches.stream()
                    .mapToDouble(
                        b ->
                            b.attenders()
                                * (b.prevalentShare()
                                        * settings.getRecallRatePrevalent().doubleValue()
                                    + (1 - b.prevalentShare())
                                        * settings.getRecallRateIncident().doubleValue()))
                    .sum()
                / attenders;
    PathwayRates rates =
        new PathwayRates(
            settings.getArbitrationRate().doubleValue(),
            settings.isAiSecondReader() ? 0 : -1,
            settings.getAiAgreementRate().doubleValue(),
            settings.getTechnicalRecallRate().doubleValue(),
            7,
            recall,
            settings.getResultsWithinDays(),
            settings.getAssessmentWithinDays());
    LocalDate clinicFrom = planned.keySet().stream().min(LocalDate::compareTo).orElse(null);
    LocalDate clinicTo = planned.keySet().stream().max(LocalDate::compareTo).orElse(null);
    return new ForecastData(
        start,
        days,
        settings.getName(),
        batches,
        units,
        unitSlots,
        standard,
        poolFrom,
        extraPool,
        roundDays,
        (int) Math.round(settings.getEarlyInvitationMonths() * 365.25 / 12),
        working,
        reads,
        (amHours + pmHours) / 2 * settings.getReadsPerHour(),
        (double) (settings.getPmSessionMinutes() / settings.getSlotMinutes()),
        (double) (settings.getPmSessionMinutes() / settings.getAssessmentSlotMinutes()),
        rates,
        settings.getRoundLengthAcceptablePct().doubleValue(),
        settings.getRoundLengthAchievablePct().doubleValue(),
        readers.size(),
        rosterFrom,
        rosterTo,
        clinicFrom,
        clinicTo,
        calendarEnd);
  }

  /** Each practice's women this round, by the visits that invite them (or the pool). */
  private List<Batch> batches(
      ScreeningService settings, LocalDate start, int days, Map<Long, Integer> unitIndex) {
    Map<Long, List<PracticeVisit>> visits = new HashMap<>();
    clinic
        .practiceVisits()
        .forEach(v -> visits.computeIfAbsent(v.practiceId(), k -> new ArrayList<>()).add(v));
    List<Batch> batches = new ArrayList<>();
    for (GpPractice p : practices.practices(null, Pageable.unpaged()).getContent()) {
      double women = p.getEligibleTotal();
      double attenders = p.expectedAttendances(settings);
      if (women <= 0) {
        continue;
      }
      LocalDate due = p.dueDate(settings);
      int dueDay = due == null ? 0 : dayOf(start, due);
      int quintile = Quintiles.index(p.getImdQuintile());
      double prevalent =
          attenders <= 0
              ? 0
              : p.getEligibleFirstCall() * settings.getUptakeFirstCall().doubleValue() / attenders;
      List<PracticeVisit> own = visits.getOrDefault(p.getId(), List.of());
      if (own.isEmpty()) {
        int release =
            due == null ? 0 : dayOf(start, due.minusMonths(settings.getEarlyInvitationMonths()));
        batches.add(
            new Batch(p.getOdsCode(), quintile, women, attenders, dueDay, -1, release, prevalent));
        continue;
      }
      for (PracticeVisit v : own) {
        int release =
            v.days().stream()
                .mapToInt(d -> dayOf(start, d))
                .filter(d -> d >= 0 && d < days)
                .min()
                .orElse(-1);
        Integer unit = unitIndex.get(v.unitId());
        batches.add(
            new Batch(
                p.getOdsCode(),
                quintile,
                women * v.share(),
                attenders * v.share(),
                dueDay,
                release < 0 || unit == null ? -1 : unit,
                Math.max(0, release),
                prevalent));
      }
    }
    return batches;
  }

  private static double away(List<Availability> leave, LocalDate day) {
    double away = 0;
    for (Availability a : leave) {
      if (a.covers(day)) {
        away = Math.max(away, a.getPartOfDay() == PartOfDay.ALL_DAY ? 1 : 0.5);
      }
    }
    return away;
  }

  static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !BankHolidays.isHoliday(day);
  }

  private static int dayOf(LocalDate start, LocalDate day) {
    return (int) (day.toEpochDay() - start.toEpochDay());
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
