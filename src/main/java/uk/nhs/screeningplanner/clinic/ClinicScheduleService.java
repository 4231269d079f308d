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
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.audit.AuditAction;
import uk.nhs.screeningplanner.audit.AuditLog;
import uk.nhs.screeningplanner.clinic.assembly.SessionPlanner;
import uk.nhs.screeningplanner.clinic.persistence.ClinicAssignment;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlan;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlanStore;
import uk.nhs.screeningplanner.clinic.workbook.ClinicScheduleWorkbook;
import uk.nhs.screeningplanner.security.Role;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.service.StaffService;
import uk.nhs.screeningplanner.shared.ConcurrentEditException;
import uk.nhs.screeningplanner.shared.ValidationException;

/**
 * The clinic schedule of the current service (issue #6): make a plan for 4–12 weeks from the unit
 * calendar, solve it, edit and pin positions by hand, publish, replan after an absence, explain and
 * export it. Service managers and administrators change it; everyone else reads it.
 */
@Service
public class ClinicScheduleService {

  private final ServiceSettingsService services;
  private final ClinicPlanStore store;
  private final ClinicProblemAssembler assembler;
  private final ClinicPlanReader reader;
  private final ClinicSolving solving;
  private final ClinicExplainer explainer;
  private final AuditLog audit;
  private final Clock clock;
  private final StaffService staffService;

  ClinicScheduleService(
      ServiceSettingsService services,
      ClinicPlanStore store,
      ClinicProblemAssembler assembler,
      ClinicPlanReader reader,
      ClinicSolving solving,
      ClinicExplainer explainer,
      AuditLog audit,
      Clock clock,
      StaffService staffService) {
    this.staffService = staffService;
    this.services = services;
    this.store = store;
    this.assembler = assembler;
    this.reader = reader;
    this.solving = solving;
    this.explainer = explainer;
    this.audit = audit;
    this.clock = clock;
  }

  /** The first day a new plan may start: next Monday. */
  public LocalDate nextMonday() {
    return LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
  }

  public Optional<PlanSummary> summary() {
    return store.current(serviceId()).map(this::summary);
  }

  private PlanSummary summary(ClinicPlan plan) {
    List<ClinicAssignment> rows = store.assignments(plan.getId());
    int changes = (int) rows.stream().filter(ClinicAssignment::changedFromPublished).count();
    return new PlanSummary(
        plan.getId(),
        plan.getHorizonStart(),
        plan.getHorizonEnd(),
        plan.getStatus(),
        plan.getPublishedAt(),
        plan.getPublishedBy(),
        plan.getScore(),
        store.sessions(plan.getId()).size(),
        plan.getUnfilled(),
        changes);
  }

  /** Every session of the current plan with its positions, in date order. */
  public List<SessionView> sessions() {
    return store.current(serviceId()).map(p -> reader.sessions(p.getId())).orElse(List.of());
  }

  public List<WeekCapacity> capacity() {
    return store
        .current(serviceId())
        .map(p -> reader.capacity(p, reader.sessions(p.getId())))
        .orElse(List.of());
  }

  /** Every broken rule of the current plan, hard first (the "Why?" panel, the score sheet). */
  public List<RuleBreach> explain() {
    return store
        .current(serviceId())
        .map(p -> explainer.explain(assembler.problem(p.getId(), p.getHorizonStart(), null)))
        .orElse(List.of());
  }

  /** Positions that differ from the published plan. */
  public List<PlanChange> changes() {
    return sessions().stream()
        .flatMap(
            s ->
                s.positions().stream()
                    .filter(PositionView::changedFromPublished)
                    .map(p -> new PlanChange(s, p.position(), p.publishedStaffName(), nameOf(p))))
        .toList();
  }

  private static String nameOf(PositionView p) {
    return p.staffName() == null ? "Nobody" : p.staffName();
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
    audit.record(
        AuditAction.CREATE,
        "clinic plan",
        plan.getId(),
        "New clinic plan from "
            + start
            + " for "
            + weeks
            + " weeks, "
            + planned.size()
            + " sessions");
    return summary(plan);
  }

  /** Starts the solver on the current plan (making one for the default horizon if none). */
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  public void solve() {
    refuseWhileSolving();
    long serviceId = serviceId();
    ClinicPlan plan =
        store
            .current(serviceId)
            .orElseThrow(
                () -> new ValidationException("Make a plan first: choose its start and weeks"));
    LocalDate frozen = max(plan.getHorizonStart(), LocalDate.now(clock));
    solving.start(serviceId, plan.getId(), assembler.problem(plan.getId(), frozen, null), user());
  }

  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  public void stop() {
    solving.stop(serviceId());
  }

  /** Puts someone (or nobody) in a position by hand and pins or unpins it. */
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Transactional
  public void assign(long assignmentId, long version, Long staffId, boolean pinned) {
    refuseWhileSolving();
    ClinicAssignment a = store.assignment(assignmentId);
    if (a.getVersion() != version) {
      throw new ConcurrentEditException("position");
    }
    if (staffId != null && staffFor(a.getPosition()).stream().noneMatch(s -> s.id() == staffId)) {
      throw new ValidationException(
          "Staff: "
              + a.getPosition().label()
              + " needs a person with the skill "
              + a.getPosition().qualifyingSkills());
    }
    String before = String.valueOf(a.getStaffId());
    a.setStaffId(staffId);
    a.setPinned(pinned);
    try {
      store.saveAssignment(a);
    } catch (ObjectOptimisticLockingFailureException e) {
      throw new ConcurrentEditException("position");
    }
    audit.record(
        AuditAction.UPDATE,
        "clinic position",
        assignmentId,
        a.getPosition().label()
            + ": staff "
            + before
            + " -> "
            + staffId
            + (pinned ? ", pinned" : ""));
  }

  /** Publishes the current plan: its positions become the published ones. */
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Transactional
  public PlanSummary publish() {
    refuseWhileSolving();
    ClinicPlan plan =
        store
            .current(serviceId())
            .orElseThrow(() -> new ValidationException("There is no plan to publish"));
    long hard = explain().stream().filter(b -> b.level().equals("Hard")).count();
    if (hard > 0) {
      throw new ValidationException(
          "Publish: " + hard + " hard rules are broken; see Why? and fix them first");
    }
    int changes = summary(plan).changes();
    ClinicPlan published = store.publish(plan.getId(), clock.instant(), user());
    audit.record(
        AuditAction.PUBLISH,
        "clinic plan",
        plan.getId(),
        "Published clinic plan "
            + plan.getHorizonStart()
            + " to "
            + plan.getHorizonEnd()
            + (plan.getPublishedAt() == null ? "" : ", " + changes + " positions changed"));
    return summary(published);
  }

  /**
   * Records an absence (UNAVAILABLE all day) and replans around it: every day before and after it
   * is pinned, and within it changing a published position costs heavily, so only what must move
   * moves. The result is a draft; {@link #changes()} lists the differences before anyone publishes.
   */
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Transactional
  public void recordAbsence(long staffId, LocalDate from, LocalDate to, String reason) {
    refuseWhileSolving();
    ClinicPlan plan =
        store.current(serviceId()).orElseThrow(() -> new ValidationException("Make a plan first"));
    if (from == null || to == null || to.isBefore(from)) {
      throw new ValidationException("To: the last day must be on or after the first day");
    }
    if (to.isBefore(plan.getHorizonStart()) || from.isAfter(plan.getHorizonEnd())) {
      throw new ValidationException("From: the absence is outside the plan's weeks");
    }
    var member = staffService.get(staffId);
    var absence = staffService.newAvailability(member);
    absence.setStartDate(from);
    absence.setEndDate(to);
    absence.setReason(reason == null || reason.isBlank() ? "Absence" : reason.strip());
    staffService.save(absence);
    audit.record(
        AuditAction.UPDATE,
        "clinic plan",
        plan.getId(),
        "Replan after absence of " + member.getName() + " " + from + " to " + to);
    LocalDate frozen = max(max(from, plan.getHorizonStart()), LocalDate.now(clock));
    // Only the absence days are replanned, and within them only the absent person's positions (and
    // empty ones). Medium (slots lost) outranks any soft penalty, so with more left free the solver
    // reshuffled dozens of published positions for no gain; the published plan stands elsewhere.
    solving.start(
        serviceId(), plan.getId(), assembler.problem(plan.getId(), frozen, to, staffId), user());
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
