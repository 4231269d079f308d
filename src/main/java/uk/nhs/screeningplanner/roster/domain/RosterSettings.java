package uk.nhs.screeningplanner.roster.domain;

/**
 * The numbers a roster is built with. Session minutes come from the service's AM/PM sessions;
 * reading sessions a week and the reading target are roster settings (see V6 migration).
 *
 * @param targetWorkingDays reading must finish within this many working days of screening so the
 *     result letter goes within 14 days (domain.md §9: about 10 working days)
 */
public record RosterSettings(
    int amMinutes,
    int pmMinutes,
    boolean eveningSessions,
    int eveningMinutes,
    double secondReadShare,
    double arbitrationRate,
    int targetWorkingDays,
    int minReadsPerYear,
    int minFirstReadsPerYear) {

  public int minutes(SessionPart part) {
    return switch (part) {
      case AM -> amMinutes;
      case PM -> pmMinutes;
      case EVENING -> eveningMinutes;
    };
  }
}
