package uk.nhs.screeningplanner.roster.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reading work over the horizon: cases screened per working day, and how many human reads a case
 * needs (domain.md §3.3). Its only input about screening is a map of screens per day, so the clinic
 * plan can feed it later; screens on a weekend day join the next working day's intake.
 *
 * <p>Human reads per case h = 1 (first read) + s (second-read share) + p_arb, where s = 1 for
 * standard double reading, or s = 1 − AI agreement rate when an AI tool is the second reader.
 */
public final class ReadingDemand {

  private final List<LocalDate> days;
  private final int[] intake;
  private final double secondReadShare;
  private final double arbitrationRate;
  private final int targetWorkingDays;

  public ReadingDemand(
      List<LocalDate> workingDays,
      Map<LocalDate, Integer> screensPerDay,
      double secondReadShare,
      double arbitrationRate,
      int targetWorkingDays) {
    this.days = List.copyOf(workingDays);
    this.intake = new int[days.size()];
    this.secondReadShare = secondReadShare;
    this.arbitrationRate = arbitrationRate;
    this.targetWorkingDays = targetWorkingDays;
    screensPerDay.forEach(this::addScreens);
  }

  /** Standard double reading: every case has two human reads plus arbitration. */
  public static double secondReadShare(boolean aiSecondReader, double aiAgreementRate) {
    return aiSecondReader ? 1 - aiAgreementRate : 1.0;
  }

  private void addScreens(LocalDate date, Integer screens) {
    LocalDate day = date;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    int index = days.indexOf(day);
    if (index >= 0 && screens != null) {
      intake[index] += screens;
    }
  }

  public double humanReadsPerCase() {
    return 1 + secondReadShare + arbitrationRate;
  }

  /** The formula in words, for the roster page. */
  public String formula() {
    return secondReadShare == 1.0
        ? String.format(
            "2 reads + %.0f%% arbitration = %.2f reads per case",
            arbitrationRate * 100, humanReadsPerCase())
        : String.format(
            "1 human read + %.1f%% disagreeing with the AI + %.0f%% arbitration = %.2f reads per"
                + " case",
            secondReadShare * 100, arbitrationRate * 100, humanReadsPerCase());
  }

  public List<LocalDate> days() {
    return days;
  }

  public int dayCount() {
    return days.size();
  }

  /** Cases screened on working day {@code index} (0 is the first day of the horizon). */
  public int intake(int index) {
    return intake[index];
  }

  public int totalIntake() {
    int total = 0;
    for (int cases : intake) {
      total += cases;
    }
    return total;
  }

  public double secondReadShare() {
    return secondReadShare;
  }

  public double arbitrationRate() {
    return arbitrationRate;
  }

  /** Arbitrations per second-read case, so arbitrations per case equal the arbitration rate. */
  public double arbitrationShareOfSecondReads() {
    return secondReadShare <= 0 ? 0 : Math.min(1, arbitrationRate / secondReadShare);
  }

  public int targetWorkingDays() {
    return targetWorkingDays;
  }
}
