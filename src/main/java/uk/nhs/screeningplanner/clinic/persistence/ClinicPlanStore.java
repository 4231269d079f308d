package uk.nhs.screeningplanner.clinic.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.clinic.Position;
import uk.nhs.screeningplanner.clinic.assembly.PlannedSession;
import uk.nhs.screeningplanner.shared.NotFoundException;

/** Reads and writes a service's clinic plan; each write is its own transaction. */
@Component
public class ClinicPlanStore {

  private final ClinicPlanRepository plans;
  private final ClinicSessionRepository sessions;
  private final ClinicAssignmentRepository assignments;

  ClinicPlanStore(
      ClinicPlanRepository plans,
      ClinicSessionRepository sessions,
      ClinicAssignmentRepository assignments) {
    this.plans = plans;
    this.sessions = sessions;
    this.assignments = assignments;
  }

  @Transactional(readOnly = true)
  public Optional<ClinicPlan> current(long serviceId) {
    return plans.findFirstByServiceIdOrderByIdDesc(serviceId);
  }

  @Transactional(readOnly = true)
  public ClinicPlan plan(long planId) {
    return plans
        .findById(planId)
        .orElseThrow(() -> new NotFoundException("The clinic plan was removed; make a new one."));
  }

  @Transactional(readOnly = true)
  public List<ClinicSession> sessions(long planId) {
    return sessions.findByPlanIdOrderBySessionDateAscMorningDescKindAscUnitNameAsc(planId);
  }

  @Transactional(readOnly = true)
  public List<ClinicAssignment> assignments(long planId) {
    return assignments.findByPlanIdOrderById(planId);
  }

  @Transactional(readOnly = true)
  public ClinicSession session(long id) {
    return sessions
        .findById(id)
        .orElseThrow(() -> new NotFoundException("That session is no longer in the plan."));
  }

  @Transactional(readOnly = true)
  public ClinicAssignment assignment(long id) {
    return assignments
        .findById(id)
        .orElseThrow(() -> new NotFoundException("That position is no longer in the plan."));
  }

  /** Replaces the service's plan by a new, empty one with these sessions. */
  @Transactional
  public ClinicPlan create(
      long serviceId,
      LocalDate start,
      LocalDate end,
      Instant at,
      String by,
      List<PlannedSession> planned) {
    plans.findFirstByServiceIdOrderByIdDesc(serviceId).ifPresent(old -> plans.delete(old));
    plans.flush();
    ClinicPlan plan = plans.save(new ClinicPlan(serviceId, start, end, at, by));
    List<ClinicSession> saved = sessions.saveAll(planned.stream().map(p -> row(plan, p)).toList());
    List<ClinicAssignment> positions = new ArrayList<>();
    for (int i = 0; i < saved.size(); i++) {
      for (Position position : planned.get(i).positions()) {
        positions.add(new ClinicAssignment(plan.getId(), saved.get(i).getId(), position));
      }
    }
    assignments.saveAll(positions);
    return plan;
  }

  private static ClinicSession row(ClinicPlan plan, PlannedSession p) {
    return new ClinicSession(plan.getId(), p.date(), p.morning(), p.kind())
        .at(p.unit() == null ? null : p.unit().getId(), p.unitName(), p.van(), p.site().getId())
        .sized(p.startMinute(), p.endMinute(), p.slots(), p.invitations(), p.busy())
        .required(p.required());
  }

  /**
   * Saves who holds each position (by assignment id) and the score; returns how many changed. The
   * plan becomes a draft when anything changed.
   */
  @Transactional
  public int saveSolution(
      long planId, Map<Long, Long> staffByAssignment, String score, int unfilled) {
    int changed = 0;
    for (ClinicAssignment a : assignments.findByPlanIdOrderById(planId)) {
      if (!staffByAssignment.containsKey(a.getId())) {
        continue;
      }
      Long staff = staffByAssignment.get(a.getId());
      if (!java.util.Objects.equals(staff, a.getStaffId())) {
        a.setStaffId(staff);
        changed++;
      }
    }
    ClinicPlan plan = plan(planId);
    plan.scored(score, unfilled);
    if (changed > 0) {
      plan.changed();
    }
    plans.save(plan);
    return changed;
  }

  @Transactional
  public ClinicAssignment saveAssignment(ClinicAssignment assignment) {
    ClinicAssignment saved = assignments.saveAndFlush(assignment);
    ClinicPlan plan = plan(saved.getPlanId());
    plan.changed();
    return saved;
  }

  /** Every published position back to its published holder; returns how many changed back. */
  @Transactional
  public int revert(long planId) {
    int reverted = 0;
    for (ClinicAssignment a : assignments.findByPlanIdOrderById(planId)) {
      if (a.changedFromPublished() && a.revert()) {
        reverted++;
      }
    }
    ClinicPlan plan = plan(planId);
    plan.reverted();
    return reverted;
  }

  @Transactional
  public ClinicPlan publish(long planId, Instant at, String by) {
    assignments.findByPlanIdOrderById(planId).forEach(ClinicAssignment::publish);
    ClinicPlan plan = plan(planId);
    plan.published(at, by);
    return plan;
  }

  /** Slots per day of screening sessions whose published lead and second are both filled. */
  @Transactional(readOnly = true)
  public Map<LocalDate, Integer> publishedScreens(long planId, LocalDate from, LocalDate to) {
    Map<Long, List<ClinicAssignment>> bySession =
        assignments.findByPlanIdOrderById(planId).stream()
            .collect(java.util.stream.Collectors.groupingBy(ClinicAssignment::getSessionId));
    Map<LocalDate, Integer> screens = new java.util.TreeMap<>();
    for (ClinicSession s : sessions(planId)) {
      boolean inRange = !s.getSessionDate().isBefore(from) && !s.getSessionDate().isAfter(to);
      boolean runs =
          bySession.getOrDefault(s.getId(), List.of()).stream()
              .filter(a -> a.getPosition().required())
              .allMatch(a -> a.isPublished() && a.getPublishedStaffId() != null);
      if (inRange && runs && s.getKind() == uk.nhs.screeningplanner.clinic.SessionKind.SCREENING) {
        screens.merge(s.getSessionDate(), s.getSlots(), Integer::sum);
      }
    }
    return screens;
  }
}
