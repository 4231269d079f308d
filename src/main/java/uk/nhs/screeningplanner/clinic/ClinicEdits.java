package uk.nhs.screeningplanner.clinic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.audit.AuditAction;
import uk.nhs.screeningplanner.audit.AuditLog;
import uk.nhs.screeningplanner.clinic.persistence.ClinicAssignment;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlan;
import uk.nhs.screeningplanner.clinic.persistence.ClinicPlanStore;
import uk.nhs.screeningplanner.clinic.persistence.ClinicSession;
import uk.nhs.screeningplanner.service.PartOfDay;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.StaffService;
import uk.nhs.screeningplanner.shared.ConcurrentEditException;
import uk.nhs.screeningplanner.shared.ValidationException;

/**
 * The clinic plan's changing transactions, each audited with names, sessions and dates a manager
 * reads: hand edits, publishing, reverting to the published plan, recording an absence.
 */
@Component
class ClinicEdits {

  private final ClinicPlanStore store;
  private final StaffService staff;
  private final AuditLog audit;
  private final Clock clock;

  ClinicEdits(ClinicPlanStore store, StaffService staff, AuditLog audit, Clock clock) {
    this.store = store;
    this.staff = staff;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  void assign(long assignmentId, long version, Long staffId, boolean pinned) {
    ClinicAssignment a = store.assignment(assignmentId);
    if (a.getVersion() != version) {
      throw new ConcurrentEditException("position");
    }
    Long before = a.getStaffId();
    a.setStaffId(staffId);
    a.setPinned(pinned);
    try {
      store.saveAssignment(a);
    } catch (ObjectOptimisticLockingFailureException e) {
      throw new ConcurrentEditException("position");
    }
    ClinicSession s = store.session(a.getSessionId());
    audit.record(
        AuditAction.UPDATE,
        "clinic position",
        assignmentId,
        String.format(
            "%s, %s %s %s: %s → %s%s",
            a.getPosition().label(),
            s.getUnitName(),
            PlanWords.day(s.getSessionDate()),
            s.isMorning() ? "AM" : "PM",
            name(before),
            name(staffId),
            pinned ? ", pinned" : ", not pinned"));
  }

  @Transactional
  ClinicPlan publish(ClinicPlan plan, int changes) {
    ClinicPlan published =
        store.publish(plan.getId(), clock.instant(), ClinicScheduleService.user());
    audit.record(
        AuditAction.PUBLISH,
        "clinic plan",
        plan.getId(),
        "Published clinic plan "
            + PlanWords.date(plan.getHorizonStart())
            + " to "
            + PlanWords.date(plan.getHorizonEnd())
            + (plan.getPublishedAt() == null ? "" : ", " + changes + " positions changed"));
    return published;
  }

  /** Every published position back to its published holder; the plan is published again. */
  @Transactional
  int revert(ClinicPlan plan) {
    if (plan.getPublishedAt() == null) {
      throw new ValidationException("Revert: this plan has never been published");
    }
    int reverted = store.revert(plan.getId());
    audit.record(
        AuditAction.UPDATE,
        "clinic plan",
        plan.getId(),
        "Reverted the clinic plan to the version published "
            + PlanWords.stamp(plan.getPublishedAt())
            + " by "
            + plan.getPublishedBy()
            + ": "
            + reverted
            + " positions restored");
    return reverted;
  }

  /**
   * Saves the absence (UNAVAILABLE, all day or one half) and empties the absent person's positions
   * in it, pinned or not: they cannot work then, and the replan refills the places.
   */
  @Transactional
  void recordAbsence(
      ClinicPlan plan, long staffId, LocalDate from, LocalDate to, PartOfDay part, String reason) {
    StaffMember member = staff.get(staffId);
    var absence = staff.newAvailability(member);
    absence.setStartDate(from);
    absence.setEndDate(to);
    absence.setPartOfDay(part);
    absence.setReason(reason == null || reason.isBlank() ? "Absence" : reason.strip());
    staff.save(absence);
    Map<Long, ClinicSession> sessions =
        store.sessions(plan.getId()).stream()
            .collect(Collectors.toMap(ClinicSession::getId, Function.identity()));
    int emptied = 0;
    for (ClinicAssignment a : store.assignments(plan.getId())) {
      ClinicSession s = sessions.get(a.getSessionId());
      if (Long.valueOf(staffId).equals(a.getStaffId()) && covers(s, from, to, part)) {
        a.setStaffId(null);
        a.setPinned(false);
        store.saveAssignment(a);
        emptied++;
      }
    }
    audit.record(
        AuditAction.UPDATE,
        "clinic plan",
        plan.getId(),
        String.format(
            "Absence of %s %s to %s (%s): %d positions emptied, replanning",
            member.getName(), PlanWords.date(from), PlanWords.date(to), part.label(), emptied));
  }

  static boolean covers(ClinicSession s, LocalDate from, LocalDate to, PartOfDay part) {
    boolean day = !s.getSessionDate().isBefore(from) && !s.getSessionDate().isAfter(to);
    boolean half = part == PartOfDay.ALL_DAY || (part == PartOfDay.AM) == s.isMorning();
    return day && half;
  }

  private String name(Long staffId) {
    return staffId == null ? "nobody" : staff.get(staffId).getName();
  }
}
