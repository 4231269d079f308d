package uk.nhs.screeningplanner.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Summarises the current service's reference data for the overview page. */
@Service
public class OverviewService {

  private final ServiceSettingsService services;
  private final SiteRepository sites;
  private final ScreeningUnitRepository units;
  private final GpPracticeRepository practices;
  private final StaffMemberRepository staff;
  private final AvailabilityRepository availability;
  private final Clock clock;

  OverviewService(
      ServiceSettingsService services,
      SiteRepository sites,
      ScreeningUnitRepository units,
      GpPracticeRepository practices,
      StaffMemberRepository staff,
      AvailabilityRepository availability,
      Clock clock) {
    this.services = services;
    this.sites = sites;
    this.units = units;
    this.practices = practices;
    this.staff = staff;
    this.availability = availability;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public ServiceOverview overview() {
    ScreeningService service = services.current();
    LocalDate today = LocalDate.now(clock);
    List<GpPractice> all =
        practices.findAll((root, query, cb) -> cb.equal(root.get("service"), service));
    List<GpPractice> overdue =
        all.stream()
            .filter(
                p ->
                    p.getLastFirstOfferedDate() != null
                        && p.getLastFirstOfferedDate()
                            .plusMonths(service.getRoundLengthMonths())
                            .isBefore(today))
            .toList();
    List<Site> siteList = sites.findByServiceOrderByCode(service);
    List<ScreeningUnit> unitList = units.findByServiceOrderByCode(service);
    Map<Skill, Long> bySkill = new EnumMap<>(Skill.class);
    for (StaffMember member : staff.findByServiceOrderByName(service)) {
      if (member.isActive()) {
        member.getSkills().forEach(skill -> bySkill.merge(skill, 1L, Long::sum));
      }
    }
    long onLeave =
        availability.findForServiceBetween(service, today, today).stream()
            .filter(a -> a.getKind() == AvailabilityKind.UNAVAILABLE)
            .map(a -> a.getStaff().getId())
            .distinct()
            .count();
    return new ServiceOverview(
        service.getName(),
        service.getHostTrust(),
        all.stream().mapToLong(GpPractice::getEligibleTotal).sum(),
        all.size(),
        overdue.size(),
        overdue.stream().mapToLong(GpPractice::getEligibleTotal).sum(),
        siteList.stream().filter(s -> s.getKind() == SiteKind.STATIC).count(),
        siteList.stream().filter(s -> s.getKind() == SiteKind.MOBILE_PITCH).count(),
        unitList.stream().filter(u -> u.getKind() == UnitKind.MOBILE_VAN).count(),
        unitList.stream().filter(u -> u.getKind() == UnitKind.STATIC_ROOM).count(),
        bySkill,
        onLeave,
        service.getRoundLengthMonths(),
        dueByMonth(all, service.getRoundLengthMonths(), YearMonth.from(today)));
  }

  /** The next twelve months, each with the women in practices falling due that month. */
  static List<ServiceOverview.MonthDue> dueByMonth(
      List<GpPractice> practices, int roundMonths, YearMonth first) {
    Map<YearMonth, Long> women = new TreeMap<>();
    for (int i = 0; i < 12; i++) {
      women.put(first.plusMonths(i), 0L);
    }
    for (GpPractice p : practices) {
      if (p.getLastFirstOfferedDate() != null) {
        YearMonth due = YearMonth.from(p.getLastFirstOfferedDate().plusMonths(roundMonths));
        women.computeIfPresent(due, (month, sum) -> sum + p.getEligibleTotal());
      }
    }
    return women.entrySet().stream()
        .map(e -> new ServiceOverview.MonthDue(e.getKey(), e.getValue()))
        .toList();
  }
}
