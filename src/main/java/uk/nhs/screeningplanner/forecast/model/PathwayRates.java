package uk.nhs.screeningplanner.forecast.model;

/**
 * The rates of the pathway after screening, from the service's settings (domain.md §2.5, §3, §4).
 *
 * @param arbitrationRate share of double-read cases that go to arbitration (§3.1, 0.04 [P])
 * @param aiFromDay first day index the AI second reader replaces the second human read, or -1
 * @param aiAgreement share of cases where the AI agrees with the human first read (§3.3, 0.819);
 *     the rest go to arbitration
 * @param technicalRecallRate share of results that are a technical recall, re-screened {@code
 *     rescreenDays} later (§2.5)
 * @param recallRate share of other results recalled to assessment (§4; cohort-weighted)
 * @param resultsWithinDays results standard in calendar days (§3.1, 14)
 * @param assessmentWithinDays first assessment offered within, calendar days from screening (§4,
 *     21)
 */
public record PathwayRates(
    double arbitrationRate,
    int aiFromDay,
    double aiAgreement,
    double technicalRecallRate,
    int rescreenDays,
    double recallRate,
    int resultsWithinDays,
    int assessmentWithinDays) {

  /** Human reads per case on a day: 2 + arbitration, or 1 + (1 − AI agreement) (§3.3). */
  public double humanReadsPerCase(int day) {
    return aiOn(day) ? 1 + (1 - aiAgreement) : 2 + arbitrationRate;
  }

  boolean aiOn(int day) {
    return aiFromDay >= 0 && day >= aiFromDay;
  }
}
