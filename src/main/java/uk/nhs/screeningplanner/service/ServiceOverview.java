package uk.nhs.screeningplanner.service;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The headline numbers of a service's reference data, for the overview page. */
public record ServiceOverview(
    String serviceName,
    String hostTrust,
    long eligibleWomen,
    long practices,
    long practicesOverdue,
    long womenInOverduePractices,
    long staticSites,
    long mobilePitches,
    long vans,
    long staticRooms,
    Map<Skill, Long> staffBySkill,
    long staffOnLeaveToday,
    int roundLengthMonths,
    List<MonthDue> dueByMonth) {

  /** Eligible women in practices whose round falls due in a month (last invitation + round). */
  public record MonthDue(YearMonth month, long women) {}
}
