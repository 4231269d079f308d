package uk.nhs.screeningplanner.roster;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.audit.AuditAction;
import uk.nhs.screeningplanner.audit.AuditLog;
import uk.nhs.screeningplanner.planning.SolverJob;
import uk.nhs.screeningplanner.planning.SolverJobService;
import uk.nhs.screeningplanner.planning.SolverJobStatus;
import uk.nhs.screeningplanner.roster.data.AssembledRoster;
import uk.nhs.screeningplanner.roster.data.ReaderInputs;
import uk.nhs.screeningplanner.roster.data.RosterAssembler;
import uk.nhs.screeningplanner.roster.data.RosterPlan;
import uk.nhs.screeningplanner.roster.data.RosterPlanRepository;
import uk.nhs.screeningplanner.roster.data.RosterStore;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingQueues;
import uk.nhs.screeningplanner.roster.solver.RosterBounds;
import uk.nhs.screeningplanner.roster.solver.RosterSolving;
import uk.nhs.screeningplanner.roster.workbook.RosterWorkbookWriter;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.service.StaffService;
import uk.nhs.screeningplanner.shared.ValidationException;

/**
 * The reader roster (issue #7): create a roster for the coming weeks, solve it in the background,
 * explain it, adjust and pin sessions, publish it, record an absence and replan, export it.
 */
@Service
public class ReaderRosterService {

  /** The solver-job problem name in the planning module's job table. */
  public static final String PROBLEM = "ROSTER";

  static final String EDIT_1 = "SERVICE_MANAGER";
  static final String EDIT_2 = "ROTA_COORDINATOR";
  private static final Duration SAVE_INTERVAL = Duration.ofSeconds(2);

  private final ServiceSettingsService services;
  private final StaffService staff;
  private final RosterPlanRepository plans;
  private final RosterAssembler assembler;
  private final RosterStore store;
  private final RosterSolving solving;
  private final RosterBounds bounds;
  private final Object saveLock = new Object();
  private final RosterEdits edits;
  private final SolverJobService jobs;
  private final AuditLog audit;
  private final Clock clock;

  ReaderRosterService(
      ServiceSettingsService services,
      StaffService staff,
      RosterPlanRepository plans,
      RosterAssembler assembler,
      RosterStore store,
      RosterSolving solving,
      RosterBounds bounds,
      RosterEdits edits,
      SolverJobService jobs,
      AuditLog audit,
      Clock clock) {
    this.services = services;
    this.staff = staff;
    this.plans = plans;
    this.assembler = assembler;
    this.store = store;
    this.solving = solving;
    this.bounds = bounds;
    this.edits = edits;
    this.jobs = jobs;
    this.audit = audit;
    this.clock = clock;
  }

  /** The latest roster of the current service, scored, with its grid, days and backlog. */
  public Optional<RosterSnapshot> current() {
    return currentPlan().map(plan -> snapshot(assembler.load(plan.getId(), null)));
  }

  /**
   * The roster in force: every session with its published role, scored as it stands today. Empty
   * when the roster has never been published.
   */
  public Optional<RosterSnapshot> published() {
    return currentPlan()
        .filter(RosterPlan::wasEverPublished)
        .map(
            plan -> {
              AssembledRoster a = assembler.load(plan.getId(), null);
              a.roster().getShifts().forEach(s -> s.setRole(s.getPublishedRole()));
              return snapshot(a);
            });
  }

  private RosterSnapshot snapshot(AssembledRoster a) {
    return RosterReports.snapshot(
        a,
        solving.score(a.roster()),
        bounds.bound(a.plan().getId(), a.roster(), null).orElse(null),
        "computing");
  }

  /**
   * Runs {@code ready} (on a background thread) once the current roster's lower bound is known; at
   * once if it is already.
   */
  public void whenBoundReady(Runnable ready) {
    currentPlan()
        .ifPresent(
            p -> {
              AssembledRoster a = assembler.load(p.getId(), null);
              if (bounds.bound(p.getId(), a.roster(), ready).isPresent()) {
                ready.run();
              }
            });
  }

  /** The score broken down by rule and by reader. */
  public Optional<RosterExplanation> explain() {
    return currentPlan()
        .map(p -> RosterReports.explain(solving.explain(assembler.load(p.getId(), null).roster())));
  }

  /** The roster as an .xlsx wall chart with a score sheet; empty when there is no roster. */
  public Optional<byte[]> export() {
    return currentPlan()
        .map(
            p -> {
              AssembledRoster a = assembler.load(p.getId(), null);
              return RosterWorkbookWriter.write(
                  snapshot(a), RosterReports.explain(solving.explain(a.roster())));
            });
  }

  public String exportFileName() {
    return currentPlan()
        .map(p -> "reader-roster-" + p.getHorizonStart() + ".xlsx")
        .orElse("reader-roster.xlsx");
  }

  /** Sessions that differ from the published roster. */
  public List<RosterChange> changes() {
    return current().map(RosterReports::changes).orElse(List.of());
  }

  public boolean isSolving() {
    return currentPlan().map(p -> solving.isSolving(p.getId())).orElse(false);
  }

  public Optional<SolverJob> latestJob() {
    return jobs.latest(PROBLEM, services.current().getId());
  }

  /** A new draft roster of {@code weeks} weeks from next Monday, with nobody rostered yet. */
  @RolesAllowed({EDIT_1, EDIT_2, "ADMIN"})
  @Transactional
  public RosterSnapshot create(int weeks) {
    if (weeks < 4 || weeks > 12) {
      throw new ValidationException("Weeks: a roster covers 4 to 12 weeks");
    }
    currentPlan().ifPresent(p -> refuseWhileSolving(p.getId()));
    ScreeningService service = services.current();
    LocalDate monday =
        LocalDate.now(clock)
            .plusDays(1)
            .with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
    List<Long> readers =
        staff.allStaff().stream().filter(ReaderInputs::reads).map(m -> m.getId()).toList();
    if (readers.size() < 2) {
      throw new ValidationException(
          "Staff: double reading needs at least two active readers with a reading rate");
    }
    RosterPlan plan =
        store.create(
            new RosterPlan(service.getId(), monday, weeks, clock.instant(), user()),
            readers,
            false);
    audit.record(
        AuditAction.CREATE,
        "reader roster",
        plan.getId(),
        "new draft reader roster for " + weeks + " weeks from " + monday);
    return snapshot(assembler.load(plan.getId(), null));
  }

  /**
   * Solves the current roster in the background for up to {@code limit}, keeping the past, pinned
   * sessions and (after an absence) the days before the replan fixed. Saves the best roster as it
   * improves; {@link #stop} keeps the best so far.
   */
  @RolesAllowed({EDIT_1, EDIT_2, "ADMIN"})
  public SolverJob solve(Consumer<RosterProgress> listener) {
    RosterPlan plan =
        currentPlan().orElseThrow(() -> new ValidationException("Create a roster first"));
    refuseWhileSolving(plan.getId());
    long planId = plan.getId();
    LocalDate today = LocalDate.now(clock);
    LocalDate frozen =
        plan.getReplanFrom() != null && plan.getReplanFrom().isAfter(today)
            ? plan.getReplanFrom()
            : today;
    SolverJob job = jobs.begin(PROBLEM, plan.getServiceId(), user());
    // The solve starts from the roster as it is and never saves anything worse than that.
    HardMediumSoftLongScore start = solving.score(assembler.load(planId, frozen).roster());
    solving.start(
        planId,
        () -> assembler.load(planId, frozen).roster(),
        best -> better(job.getId(), planId, start, best, listener),
        (last, stopped) -> finished(job.getId(), planId, start, last, stopped, listener),
        error -> {
          jobs.end(
              job.getId(), SolverJobStatus.FAILED, null, null, String.valueOf(error.getMessage()));
          listener.accept(
              new RosterProgress("", 0, true, "The solver failed: " + error.getMessage()));
        });
    return job;
  }

  private void better(
      long jobId,
      long planId,
      HardMediumSoftLongScore start,
      ReaderRoster best,
      Consumer<RosterProgress> listener) {
    if (!improves(best, start)) {
      return;
    }
    long late = ReadingQueues.of(best).casesLate();
    if (solving.dueForSave(planId, clock.instant(), SAVE_INTERVAL)) {
      save(planId, best);
    }
    jobs.progress(jobId, best.getScore().toString(), late + " cases late");
    listener.accept(new RosterProgress(best.getScore().toString(), late, false, "Solving"));
  }

  private void finished(
      long jobId,
      long planId,
      HardMediumSoftLongScore start,
      ReaderRoster last,
      boolean stopped,
      Consumer<RosterProgress> listener) {
    boolean better = improves(last, start);
    if (better) {
      save(planId, last);
    }
    store.replanned(planId);
    long late = ReadingQueues.of(last).casesLate();
    SolverJobStatus status = stopped ? SolverJobStatus.STOPPED : SolverJobStatus.FINISHED;
    String score = better ? last.getScore().toString() : start.toString();
    jobs.end(
        jobId,
        status,
        score,
        better ? late + " cases late" : "no better roster found; the roster is unchanged",
        null);
    listener.accept(
        new RosterProgress(
            score,
            late,
            true,
            better
                ? status.label()
                : status.label() + ": no better roster found, the roster is unchanged"));
  }

  private static boolean improves(ReaderRoster best, HardMediumSoftLongScore start) {
    return best.getScore() != null
        && best.getScore().isSolutionInitialized()
        && best.getScore().compareTo(start) > 0;
  }

  private void save(long planId, ReaderRoster roster) {
    // The periodic save (consumer thread) and the final save (solver thread) must not write the
    // same rows in two transactions at once: one would wait on the other's row locks.
    synchronized (saveLock) {
      store.saveSolution(planId, roster);
    }
  }

  @RolesAllowed({EDIT_1, EDIT_2, "ADMIN"})
  public void stop() {
    currentPlan().ifPresent(p -> solving.stop(p.getId()));
  }

  /** Sets one session's role by hand (null = not reading) and pins or unpins it. */
  @RolesAllowed({EDIT_1, EDIT_2, "ADMIN"})
  public void setRole(
      long shiftId, uk.nhs.screeningplanner.roster.domain.ReadingRole role, boolean pinned) {
    currentPlan().ifPresent(p -> refuseWhileSolving(p.getId()));
    edits.setRole(shiftId, role, pinned);
  }

  /** Puts every published session back to its published role (undoes every later change). */
  @RolesAllowed({EDIT_1, EDIT_2, "ADMIN"})
  public int revertToPublished() {
    RosterPlan plan =
        currentPlan().orElseThrow(() -> new ValidationException("Create a roster first"));
    refuseWhileSolving(plan.getId());
    return edits.revert(plan.getId());
  }

  @RolesAllowed({EDIT_1, EDIT_2, "ADMIN"})
  public void publish() {
    RosterPlan plan =
        currentPlan().orElseThrow(() -> new ValidationException("Create a roster first"));
    refuseWhileSolving(plan.getId());
    RosterSnapshot snapshot = snapshot(assembler.load(plan.getId(), null));
    if (!snapshot.feasible()) {
      throw new ValidationException(
          "Publish: the roster breaks a hard rule (see Why?); fix it or solve again first");
    }
    edits.publish(plan.getId(), RosterReports.changes(snapshot).size());
  }

  /**
   * Records a reader's absence (an UNAVAILABLE availability entry through the staff service),
   * unpins their sessions in it and marks the roster for a replan from the absence's first day.
   */
  @RolesAllowed({EDIT_1, EDIT_2, "ADMIN"})
  public void recordAbsence(long staffId, LocalDate from, LocalDate to, String reason) {
    RosterPlan plan =
        currentPlan().orElseThrow(() -> new ValidationException("Create a roster first"));
    refuseWhileSolving(plan.getId());
    edits.recordAbsence(plan.getId(), staffId, from, to, reason);
  }

  private void refuseWhileSolving(long planId) {
    if (solving.isSolving(planId)) {
      throw new ValidationException("The roster is being solved; stop the solver first");
    }
  }

  private Optional<RosterPlan> currentPlan() {
    return plans.findFirstByServiceIdOrderByIdDesc(services.current().getId());
  }

  static String user() {
    return AuditLog.currentUsername();
  }
}
