package uk.nhs.screeningplanner.clinic;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.audit.AuditAction;
import uk.nhs.screeningplanner.audit.AuditLog;
import uk.nhs.screeningplanner.clinic.assembly.SessionPlanner;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.persistence.ClinicAssignment;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlan;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlanStore;
import uk.nhs.screeningplanner.clinic.workbook.ClinicScheduleWorkbook;
import uk.nhs.screeningplanner.security.Role;
import uk.nhs.screeningplanner.service.PartOfDay;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.shared.ValidationException;

/**
 * The clinic schedule of the current service (issues #6, #12): make a plan for 4–12 weeks from the
 * unit calendar, solve it, edit and pin positions by hand, publish, revert to the published plan,
 * replan after an absence, explain and export it. Every figure it reports is computed from the plan
 * as it is now. Service managers and administrators change it; everyone else reads it.
 */
@Service
public class ClinicScheduleService {

  private final ServiceSettingsService services;
  private final ClinicPlanStore store;
  private final ClinicProblemAssembler assembler;
  private final ClinicPlanReader reader;
  private final ClinicSolving solving;
  private final ClinicExplainer explainer;
  private final ClinicEdits edits;
  private final AuditLog audit;
  private final Clock clock;

  ClinicScheduleService(
      ServiceSettingsService services,
      ClinicPlanStore store,
      ClinicProblemAssembler assembler,
      ClinicPlanReader reader,
      ClinicSolving solving,
      ClinicExplainer explainer,
      ClinicEdits edits,
      AuditLog audit,
      Clock clock) {
    this.services = services;
    this.store = store;
    this.assembler = assembler;
    this.reader = reader;
    this.solving = solving;
    this.explainer = explainer;
    this.edits = edits;
    this.audit = audit;
    this.clock = clock;
  }

  /** The first day a new plan may start: next Monday. */
  public LocalDate nextMonday() {
    return LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
  }

  /** The current plan's headline, scored as it is now (after any edit, leave or other plan). */
  public Optional<PlanSummary> summary() {
    return store.current(serviceId()).map(this::summary);
  }

  private PlanSummary summary(ClinicPlan plan) {
    List<ClinicAssignment> rows = store.assignments(plan.getId());
    int changes = (int) rows.stream().filter(ClinicAssignment::changedFromPublished).count();
    ClinicSchedule problem = assembler.problem(plan.getId(), plan.getHorizonStart(), null);
    var sessions = store.sessions(plan.getId());
    int spare = (int) sessions.stream().filter(s -> !s.isRequired()).count();
    HardMediumSoftScore score = explainer.score(problem);
    return new PlanSummary(
        plan.getId(),
        plan.getHorizonStart(),
        plan.getHorizonEnd(),
        plan.getStatus(),
        plan.getPublishedAt(),
        plan.getPublishedBy(),
        score.toString(),
        sessions.size(),
        (int) problem.unfilledRequired(),
        changes,
        spare,
        -score.mediumScore(),
        plan.getLeastSlotsLost(),
        plan.getBoundAt());
  }

  /** Every session of the current plan with its positions as drafted, in date order. */
  public List<SessionView> sessions() {
    return store.current(serviceId()).map(p -> reader.sessions(p.getId())).orElse(List.of());
  }

  /**
   * The sessions of the plan in force: each position with its published holder. Empty when the plan
   * has never been published.
   */
  public List<SessionView> publishedSessions() {
    return store
        .current(serviceId())
        .filter(p -> p.getPublishedAt() != null)
        .map(p -> reader.published(reader.sessions(p.getId())))
        .orElse(List.of());
  }

  public List<WeekCapacity> capacity() {
    return store
        .current(serviceId())
        .map(p -> reader.capacity(p, reader.sessions(p.getId())))
        .orElse(List.of());
  }

  /**
   * Every broken rule of the current plan, hard first (the "Why?" panel, the score sheet); an empty
   * required position says who holds the skill and why each of them is not free.
   */
  public List<RuleBreach> explain() {
    return store
        .current(serviceId())
        .map(p -> explainer.explain(assembler.problem(p.getId(), p.getHorizonStart(), null)))
        .orElse(List.of());
  }

  /** Half-days where a draft of another plan (the reader roster) books someone this plan does. */
  public List<String> clashesWithOtherDrafts() {
    return store
        .current(serviceId())
        .map(p -> reader.clashes(reader.sessions(p.getId()), assembler.otherPlans(p)))
        .orElse(List.of());
  }

  /** Positions that differ from the published plan, each with why it changed. */
  public List<PlanChange> changes() {
    return store
        .current(serviceId())
        .map(p -> ClinicChanges.of(assembler.problem(p.getId(), p.getHorizonStart(), null)))
        .orElse(List.of());
  }

  /** The plan as a printable workbook: a sheet per site, each person's schedule, the score. */
  public byte[] export() {
    PlanSummary plan =
        summary()
            .orElseThrow(() -> new ValidationException("There is no clinic plan to export yet"));
    return ClinicScheduleWorkbook.write(plan, sessions(), explain());
  }

  public String exportFileName() {
    return "clinic-schedule-"
        + services.current().getCode().toLowerCase(java.util.Locale.ROOT)
        + summary().map(p -> "-" + p.start()).orElse("")
        + ".xlsx";
  }

  /** People who may fill a position (those holding its skill). */
  public List<StaffOption> staffFor(Position position) {
    return assembler.serviceData().staff().stream()
        .filter(m -> m.isActive() && position.accepts(m.getSkills()))
        .map(m -> new StaffOption(m.getId(), m.getName(), skills(m.getSkills())))
        .toList();
  }

  private static String skills(java.util.Set<uk.nhs.screeningplanner.service.Skill> skills) {
    return String.join(", ", skills.stream().sorted().map(s -> s.label()).toList());
  }

  public boolean solving() {
    return solving.solving(serviceId());
  }

  /** Calls the listener on every improvement and at the end; run the returned action to stop. */
  public Runnable onProgress(Consumer<SolveProgress> listener) {
    return solving.listen(listener);
  }

  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Transactional
  public PlanSummary createPlan(LocalDate start, int weeks) {
    refuseWhileSolving();
    if (start == null || start.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new ValidationException("Start: choose a Monday");
    }
    if (start.isBefore(LocalDate.now(clock))) {
      throw new ValidationException("Start: a plan cannot start in the past");
    }
    if (weeks < 4 || weeks > 12) {
      throw new ValidationException("Weeks: plan between 4 and 12 weeks ahead");
    }
    var data = assembler.serviceData();
    var planned = new SessionPlanner(data).plan(start, weeks);
    if (planned.isEmpty()) {
      throw new ValidationException(
          "Start: the unit calendar has no screening in these weeks; add calendar entries first");
    }
    ClinicPlan plan =
        store.create(
            serviceId(),
            start,
            start.plusWeeks(weeks).minusDays(1),
            clock.instant(),
            user(),
            planned);
    long spare = planned.stream().filter(p -> !p.required()).count();
    audit.record(
        AuditAction.CREATE,
        "clinic plan",
        plan.getId(),
        String.format(
            "New clinic plan from %s for %d weeks: %d sessions, %d of them spare (no women to"
                + " invite)",
            PlanWords.date(start), weeks, planned.size(), spare));
    return summary(plan);
  }

  /**
   * Starts the solver on the current plan from its current assignments. A re-solve never ends worse
   * than the plan it started from: the plan is saved only when the solver finds better.
   */
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  public void solve() {
    refuseWhileSolving();
    ClinicPlan plan = current();
    LocalDate frozen = max(plan.getHorizonStart(), LocalDate.now(clock));
    start(plan, assembler.problem(plan.getId(), frozen, null));
  }

  private void start(ClinicPlan plan, ClinicSchedule problem) {
    solving.start(serviceId(), plan.getId(), problem, explainer.score(problem), user());
  }

  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  public void stop() {
    solving.stop(serviceId());
  }

  /** Puts someone (or nobody) in a position by hand and pins or unpins it. */
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  public void assign(long assignmentId, long version, Long staffId, boolean pinned) {
    refuseWhileSolving();
    Position position = store.assignment(assignmentId).getPosition();
    if (staffId != null && staffFor(position).stream().noneMatch(s -> s.id() == staffId)) {
      throw new ValidationException(
          "Staff: "
              + position.label()
              + " needs a person with the skill "
              + position.qualifyingSkills());
    }
    edits.assign(assignmentId, version, staffId, pinned);
  }

  /** Publishes the current plan: its positions become the published ones. */
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  public PlanSummary publish() {
    refuseWhileSolving();
    ClinicPlan plan = current();
    long hard = explain().stream().filter(b -> b.level().equals("Hard")).count();
    if (hard > 0) {
      throw new ValidationException(
          "Publish: "
              + hard
              + (hard == 1 ? " hard rule is" : " hard rules are")
              + " broken; see Why? and fix them first. Nothing was published.");
    }
    return summary(edits.publish(plan, summary(plan).changes()));
  }

  /** Puts every published position back to its published holder (undoes every later change). */
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  public int revertToPublished() {
    refuseWhileSolving();
    return edits.revert(current());
  }

  /**
   * Records an absence (UNAVAILABLE all day, or one half) and replans around it: the absent
   * person's places are emptied and the weeks of the absence are re-solved with a cost for every
   * change to the published plan (moving within a session costs least, to another day most), so
   * people present move up or across only where that saves slots. The days outside those weeks stay
   * as they are. The result is a draft; {@link #changes()} lists the differences and why.
   */
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  public void recordAbsence(
      long staffId, LocalDate from, LocalDate to, PartOfDay part, String reason) {
    refuseWhileSolving();
    ClinicPlan plan = current();
    if (from == null || to == null || to.isBefore(from)) {
      throw new ValidationException("To: the last day must be on or after the first day");
    }
    if (to.isBefore(plan.getHorizonStart()) || from.isAfter(plan.getHorizonEnd())) {
      throw new ValidationException("From: the absence is outside the plan's weeks");
    }
    if (to.isBefore(LocalDate.now(clock))) {
      throw new ValidationException("To: the absence is over; record absences that are to come");
    }
    edits.recordAbsence(plan, staffId, from, to, part == null ? PartOfDay.ALL_DAY : part, reason);
    LocalDate weekStart = from.with(DayOfWeek.MONDAY);
    LocalDate frozen = max(max(weekStart, plan.getHorizonStart()), LocalDate.now(clock));
    LocalDate weekEnd = to.with(DayOfWeek.SUNDAY);
    start(plan, assembler.problem(plan.getId(), frozen, weekEnd));
  }

  /**
   * Screens planned per day by the published plan (the slots of screening sessions whose lead and
   * second are published), for the reader roster. Every day from {@code from} to {@code to}
   * (inclusive) inside the published plan's horizon has an entry, 0 when nothing screens, so a
   * caller can tell "the plan screens nobody" from "no plan covers this day". Empty when the
   * service has no published plan.
   */
  @Transactional(readOnly = true)
  public Map<LocalDate, Integer> plannedScreensPerDay(
      long serviceId, LocalDate from, LocalDate to) {
    Map<LocalDate, Integer> screens = new TreeMap<>();
    store
        .current(serviceId)
        .filter(p -> p.getPublishedAt() != null)
        .ifPresent(
            p -> {
              LocalDate first = max(from, p.getHorizonStart());
              LocalDate last = to.isBefore(p.getHorizonEnd()) ? to : p.getHorizonEnd();
              first.datesUntil(last.plusDays(1)).forEach(day -> screens.put(day, 0));
              store.publishedScreens(p.getId(), from, to).forEach(screens::put);
            });
    return screens;
  }

  /**
   * Screens per day the unit calendar needs (the slots of its needed sessions, issue #12), for days
   * no published plan covers: the reader roster's and the forecast's demand beyond the plan.
   */
  @Transactional(readOnly = true)
  public Map<LocalDate, Integer> neededScreensPerDay(LocalDate from, LocalDate to) {
    return new SessionPlanner(assembler.serviceData()).neededScreensPerDay(from, to);
  }

  /**
   * Which unit-calendar visits invite each practice's women this round and each visit's share
   * (issue #12's rule), with the days the visit screens: the backlog forecast's demand.
   */
  @Transactional(readOnly = true)
  public List<PracticeVisit> practiceVisits() {
    var data = assembler.serviceData();
    SessionPlanner planner = new SessionPlanner(data);
    var demand = planner.demand();
    List<PracticeVisit> visits = new java.util.ArrayList<>();
    for (var practice : data.practices()) {
      demand
          .visitsOf(practice)
          .forEach(
              (entry, share) -> {
                var visit = demand.visit(entry);
                visits.add(
                    new PracticeVisit(
                        practice.getId(), entry.getUnit().getId(), visit.days(), share));
              });
    }
    return visits;
  }

  private ClinicPlan current() {
    return store
        .current(serviceId())
        .orElseThrow(
            () -> new ValidationException("Make a plan first: choose its start and weeks"));
  }

  long serviceId() {
    return services.current().getId();
  }

  void refuseWhileSolving() {
    if (solving()) {
      throw new ValidationException("The solver is running: stop it or wait until it finishes");
    }
  }

  static String user() {
    return AuditLog.currentUsername();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
