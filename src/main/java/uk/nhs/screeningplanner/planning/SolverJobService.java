package uk.nhs.screeningplanner.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.shared.NotFoundException;

/**
 * The record of solver runs. Each problem's service calls {@link #begin} when it starts a solver,
 * {@link #progress} on each better solution and {@link #end} when the solver stops. Writes run in
 * their own transactions so a job's state is visible at once to every page and node.
 */
@Service
public class SolverJobService implements SmartInitializingSingleton {

  /** Progress is written at most this often; the solver may find many solutions a second. */
  static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

  private final SolverJobRepository jobs;
  private final Clock clock;
  private final Map<Long, Instant> lastProgressWrite = new ConcurrentHashMap<>();

  SolverJobService(SolverJobRepository jobs, Clock clock) {
    this.jobs = jobs;
    this.clock = clock;
  }

  /** Jobs left "solving" by a previous run of the application can never finish: say so. */
  @Override
  @Transactional
  public void afterSingletonsInstantiated() {
    Instant now = clock.instant();
    for (SolverJob job : jobs.findByStatus(SolverJobStatus.SOLVING)) {
      job.end(SolverJobStatus.INTERRUPTED, now, "The application restarted while this job ran.");
    }
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public SolverJob begin(String problem, long serviceId, String requestedBy) {
    return jobs.save(new SolverJob(problem, serviceId, requestedBy, clock.instant()));
  }

  /** Records the best score so far; calls closer together than a second are skipped. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void progress(long jobId, String bestScore, String summary) {
    Instant now = clock.instant();
    Instant last = lastProgressWrite.get(jobId);
    if (last != null && Duration.between(last, now).compareTo(PROGRESS_INTERVAL) < 0) {
      return;
    }
    lastProgressWrite.put(jobId, now);
    job(jobId).progress(bestScore, summary);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public SolverJob end(
      long jobId, SolverJobStatus status, String bestScore, String summary, String error) {
    if (!status.isEnded()) {
      throw new IllegalArgumentException("A job ends as finished, stopped, failed or interrupted");
    }
    lastProgressWrite.remove(jobId);
    SolverJob job = job(jobId);
    job.progress(bestScore, summary);
    job.end(status, clock.instant(), error);
    return job;
  }

  @Transactional(readOnly = true)
  public SolverJob job(long jobId) {
    return jobs.findById(jobId)
        .orElseThrow(() -> new NotFoundException("There is no solver job " + jobId + "."));
  }

  @Transactional(readOnly = true)
  public Optional<SolverJob> latest(String problem, long serviceId) {
    return jobs.findFirstByProblemAndServiceIdOrderByStartedAtDescIdDesc(problem, serviceId);
  }

  @Transactional(readOnly = true)
  public List<SolverJob> recent(String problem, long serviceId) {
    return jobs.findTop20ByProblemAndServiceIdOrderByStartedAtDescIdDesc(problem, serviceId);
  }
}
