package uk.nhs.screeningplanner.forecast.model;

/**
 * The reading and assessment pathway day by day (end-of-day figures). Arrays are indexed by day;
 * two-dimensional ones by day then IMD quintile index.
 *
 * @param firstRead cases awaiting a first read
 * @param secondRead cases awaiting a second (human) read
 * @param arbitration cases awaiting arbitration
 * @param readingBacklog cases awaiting any read, by quintile
 * @param readsOutstanding human reads still to do on the cases waiting (first-read cases count
 *     their expected reads)
 * @param oldestReadingAge age in calendar days (from screening) of the oldest case waiting, 0 when
 *     none
 * @param readsDemand human reads the day's screens bring (screens × reads per case)
 * @param readsCapacity human reads the readers could do
 * @param readsDone human reads done
 * @param results results issued, by quintile; {@code resultsWithin} of them within the standard
 * @param assessmentWaiting recalled women not yet offered assessment, by quintile
 * @param oldestAssessmentAge days since screening of the longest-waiting recalled woman
 * @param recalls women recalled to assessment that day
 * @param assessmentCapacity assessment appointments that day
 * @param offered women offered assessment, by quintile; {@code offeredWithin} within the standard
 * @param rescreens technical recalls re-screened that day
 * @param resultAgeDays the sum over the day's results of their age in days (for the mean wait)
 */
public record PathwayOutcome(
    double[] firstRead,
    double[] secondRead,
    double[] arbitration,
    double[][] readingBacklog,
    double[] readsOutstanding,
    int[] oldestReadingAge,
    double[] readsDemand,
    double[] readsCapacity,
    double[] readsDone,
    double[][] results,
    double[][] resultsWithin,
    double[][] assessmentWaiting,
    int[] oldestAssessmentAge,
    double[] recalls,
    double[] assessmentCapacity,
    double[][] offered,
    double[][] offeredWithin,
    double[] rescreens,
    double[] resultAgeDays) {}
