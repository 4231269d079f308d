package uk.nhs.screeningplanner.forecast.model;

/**
 * Reading, results and assessment day by day (issue #14 model 2; domain.md §3, §4). A day's screens
 * join the first-read queue and can be read from the next day. Each day the readers' capacity (in
 * human reads) serves the queues furthest along first, arbitration, then second reads, then first
 * reads, each oldest case first, so a case read today moves on tomorrow. After the second read a
 * share goes to arbitration; with the AI second reader on, the AI reads straight after the first
 * read and only its disagreements go to arbitration. A result is issued at the last read; a share
 * are technical recalls, re-screened a set number of days later (they join the first-read queue
 * again), and a share of the others are recalled to assessment, served oldest screening date first
 * by the day's assessment appointments. Ages are calendar days from screening; capacity arrays
 * carry 0 on weekends and bank holidays.
 */
public final class PathwaySimulation {

  private PathwaySimulation() {}

  public static PathwayOutcome run(
      double[][] screens, double[] readsCapacity, double[] assessmentCapacity, PathwayRates r) {
    int days = screens.length;
    FifoQueue first = new FifoQueue();
    FifoQueue second = new FifoQueue();
    FifoQueue arbitration = new FifoQueue();
    FifoQueue assessment = new FifoQueue();
    double[][] rescreenOn = new double[days][Quintiles.COUNT];

    double[] firstRead = new double[days];
    double[] secondRead = new double[days];
    double[] arbitrationQ = new double[days];
    double[][] backlog = new double[days][];
    double[] outstanding = new double[days];
    int[] oldest = new int[days];
    double[] demand = new double[days];
    double[] done = new double[days];
    double[][] results = new double[days][Quintiles.COUNT];
    double[][] within = new double[days][Quintiles.COUNT];
    double[][] waiting = new double[days][];
    int[] oldestAssessment = new int[days];
    double[] recalls = new double[days];
    double[][] offered = new double[days][Quintiles.COUNT];
    double[][] offeredWithin = new double[days][Quintiles.COUNT];
    double[] rescreens = new double[days];
    double[] ageDays = new double[days];

    for (int d = 0; d < days; d++) {
      final int day = d;
      double[] todayResults = new double[Quintiles.COUNT];
      FifoQueue recalled = new FifoQueue();
      FifoQueue.Taken result =
          (origin, amounts) -> {
            Quintiles.addInto(results[day], amounts, 1);
            ageDays[day] += Quintiles.sum(amounts) * (day - origin);
            if (day - origin <= r.resultsWithinDays()) {
              Quintiles.addInto(within[day], amounts, 1);
            }
            Quintiles.addInto(todayResults, amounts, 1);
            double[] toAssessment =
                Quintiles.times(amounts, (1 - r.technicalRecallRate()) * r.recallRate());
            recalled.add(origin, toAssessment);
          };
      double capacity = readsCapacity[d];
      double used = arbitration.serve(capacity, result);
      used +=
          second.serve(
              capacity - used,
              (origin, amounts) -> {
                arbitration.add(origin, Quintiles.times(amounts, r.arbitrationRate()));
                result.accept(origin, Quintiles.times(amounts, 1 - r.arbitrationRate()));
              });
      boolean ai = r.aiOn(d);
      used +=
          first.serve(
              capacity - used,
              (origin, amounts) -> {
                if (ai) {
                  arbitration.add(origin, Quintiles.times(amounts, 1 - r.aiAgreement()));
                  result.accept(origin, Quintiles.times(amounts, r.aiAgreement()));
                } else {
                  second.add(origin, amounts);
                }
              });
      done[d] = used;

      // technical recalls come back to be screened again
      double technical = Quintiles.sum(todayResults) * r.technicalRecallRate();
      int back = d + r.rescreenDays();
      if (technical > 0 && back < days) {
        Quintiles.addInto(rescreenOn[back], todayResults, r.technicalRecallRate());
      }
      double[] arrivals = screens[d].clone();
      Quintiles.addInto(arrivals, rescreenOn[d], 1);
      rescreens[d] = Quintiles.sum(rescreenOn[d]);
      first.add(d, arrivals);
      demand[d] = Quintiles.sum(arrivals) * r.humanReadsPerCase(d);

      // assessment: today's appointments go to those recalled earlier, oldest screening first
      assessment.serve(
          assessmentCapacity[d],
          (origin, amounts) -> {
            Quintiles.addInto(offered[day], amounts, 1);
            if (day - origin <= r.assessmentWithinDays()) {
              Quintiles.addInto(offeredWithin[day], amounts, 1);
            }
          });
      recalls[d] = recalled.size();
      recalled.drainInto(assessment);

      firstRead[d] = first.size();
      secondRead[d] = second.size();
      arbitrationQ[d] = arbitration.size();
      double[] b = first.sizeByQuintile();
      Quintiles.addInto(b, second.sizeByQuintile(), 1);
      Quintiles.addInto(b, arbitration.sizeByQuintile(), 1);
      backlog[d] = b;
      outstanding[d] =
          first.size() * r.humanReadsPerCase(d)
              + second.size() * (1 + r.arbitrationRate())
              + arbitration.size();
      oldest[d] = age(d, first, second, arbitration);
      waiting[d] = assessment.sizeByQuintile();
      oldestAssessment[d] = age(d, assessment);
    }
    return new PathwayOutcome(
        firstRead,
        secondRead,
        arbitrationQ,
        backlog,
        outstanding,
        oldest,
        demand,
        readsCapacity.clone(),
        done,
        results,
        within,
        waiting,
        oldestAssessment,
        recalls,
        assessmentCapacity.clone(),
        offered,
        offeredWithin,
        rescreens,
        ageDays);
  }

  private static int age(int day, FifoQueue... queues) {
    int oldest = Integer.MAX_VALUE;
    for (FifoQueue q : queues) {
      if (q.oldestOrigin() >= 0) {
        oldest = Math.min(oldest, q.oldestOrigin());
      }
    }
    return oldest == Integer.MAX_VALUE ? 0 : day - oldest;
  }
}
