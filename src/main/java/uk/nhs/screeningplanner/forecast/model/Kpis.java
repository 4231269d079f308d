package uk.nhs.screeningplanner.forecast.model;

/**
 * The forecast's KPIs over one period from the forecast's start (design.md "KPIs"; domain.md §1.5,
 * §3.1, §4, §5). Percentages are 0–100, or NaN when nothing fell in the period (no woman due, no
 * result, no recall). Queue figures are at the period's end unless named "peak".
 *
 * @param pctInvitedWithinRound women due in the period invited by their due date (round length)
 * @param womenOverdue women past their due date not yet invited, at the end
 * @param readingBacklog cases awaiting a read at the end
 * @param peakReadingBacklog the most cases awaiting a read on any day of the period
 * @param oldestReadingAge the oldest waiting case's age in days, the worst day of the period
 * @param pctResultsWithin results issued within 14 days of screening
 * @param assessmentWaiting recalled women not yet offered assessment at the end
 * @param pctAssessmentWithin recalled women offered assessment within 21 days of screening
 * @param screeningLoad women to screen ÷ slots
 * @param readingLoad human reads needed ÷ reading capacity
 * @param assessmentLoad recalls ÷ assessment appointments
 */
public record Kpis(
    double pctInvitedWithinRound,
    double womenOverdue,
    double readingBacklog,
    double peakReadingBacklog,
    int oldestReadingAge,
    double pctResultsWithin,
    double assessmentWaiting,
    double pctAssessmentWithin,
    double screeningLoad,
    double readingLoad,
    double assessmentLoad) {}
