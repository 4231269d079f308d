package uk.nhs.screeningplanner.roster.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.nhs.screeningplanner.service.BankHolidays;

/**
 * Reading work over the horizon: cases screened per weekday, the cases already waiting when the
 * horizon starts, and how many human reads a case needs (domain.md §3.3). Its only input about
 * screening is a map of screens per day, so the clinic plan can feed it; screens on a weekend day
 * or an England bank holiday join the next working day's intake.
 *
 * <p>Time is counted in working days: Monday to Friday less England bank holidays, so a case
 * screened on the Thursday before Easter and read on the Tuesday after it waited one working day.
 *
 * <p>Human reads per case h = 1 (first read) + s (second-read share) + p_arb, where s = 1 for
 * standard double reading, or s = 1 − AI agreement rate when an AI tool is the second reader.
 */
public final class ReadingDemand {

  private final List<LocalDate> days;
  private final int[] intake;
  private final int[] workNo;
  private final boolean[] working;
  private final double secondReadShare;
  private final double arbitrationRate;
  private final int targetWorkingDays;
  private final OpeningBacklog opening;

  public ReadingDemand(
      List<LocalDate> workingDays,
      Map<LocalDate, Integer> screensPerDay,
      double secondReadShare,
      double arbitrationRate,
      int targetWorkingDays) {
    this(
        workingDays,
        screensPerDay,
        secondReadShare,
        arbitrationRate,
        targetWorkingDays,
        OpeningBacklog.NONE);
  }

  /**
   * @param weekdays Monday to Friday of the horizon, bank holidays included (nobody reads then)
   * @param opening the cases waiting when the horizon starts
   */
  public ReadingDemand(
      List<LocalDate> weekdays,
      Map<LocalDate, Integer> screensPerDay,
      double secondReadShare,
      double arbitrationRate,
      int targetWorkingDays,
      OpeningBacklog opening) {
    this.days = List.copyOf(weekdays);
    this.intake = new int[days.size()];
    this.workNo = new int[days.size() + 1];
    this.working = new boolean[days.size()];
    for (int i = 0; i < days.size(); i++) {
      working[i] = !BankHolidays.isHoliday(days.get(i));
      workNo[i + 1] = workNo[i] + (working[i] ? 1 : 0);
    }
    this.secondReadShare = secondReadShare;
    this.arbitrationRate = arbitrationRate;
    this.targetWorkingDays = targetWorkingDays;
    this.opening = opening == null ? OpeningBacklog.NONE : opening;
    screensPerDay.forEach(this::addScreens);
  }

  /** The same demand with another opening backlog. */
  public ReadingDemand withOpening(OpeningBacklog backlog) {
    ReadingDemand copy =
        new ReadingDemand(
            days, Map.of(), secondReadShare, arbitrationRate, targetWorkingDays, backlog);
    System.arraycopy(intake, 0, copy.intake, 0, intake.length);
    return copy;
  }

  /** Standard double reading: every case has two human reads plus arbitration. */
  public static double secondReadShare(boolean aiSecondReader, double aiAgreementRate) {
    return aiSecondReader ? 1 - aiAgreementRate : 1.0;
  }

  private void addScreens(LocalDate date, Integer screens) {
    int index = -1;
    for (int i = 0; i < days.size() && index < 0; i++) {
      if (!days.get(i).isBefore(date) && working[i]) {
        index = i;
      }
    }
    // screens on a weekend or bank holiday join the next working day (only such days between)
    if (index >= 0 && screens != null && isReadingDate(date, days.get(index))) {
      intake[index] += screens;
    }
  }

  /** True when nothing but weekend days and bank holidays lie between the two dates. */
  private static boolean isReadingDate(LocalDate screened, LocalDate workingDay) {
    for (LocalDate d = screened; d.isBefore(workingDay); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY
          && d.getDayOfWeek() != DayOfWeek.SUNDAY
          && !BankHolidays.isHoliday(d)) {
        return false;
      }
    }
    return true;
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

  /** The weekdays of the horizon (bank holidays included). */
  public List<LocalDate> days() {
    return days;
  }

  public int dayCount() {
    return days.size();
  }

  /** False on an England bank holiday: nobody reads, no time passes for the reading target. */
  public boolean isWorkingDay(int index) {
    return working[index];
  }

  /**
   * Working days before day {@code index} within the horizon; {@code dayCount()} gives the
   * horizon's working days, i.e. the number of the first working day after it.
   */
  public int workNo(int index) {
    return workNo[index];
  }

  public int workingDayCount() {
    return workNo[days.size()];
  }

  /** Cases screened on day {@code index} (0 is the first day of the horizon). */
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

  public OpeningBacklog opening() {
    return opening;
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
