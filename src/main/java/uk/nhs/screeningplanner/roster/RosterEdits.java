package uk.nhs.screeningplanner.roster;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.audit.AuditAction;
import uk.nhs.screeningplanner.audit.AuditLog;
import uk.nhs.screeningplanner.roster.data.RosterPlan;
import uk.nhs.screeningplanner.roster.data.RosterPlanRepository;
import uk.nhs.screeningplanner.roster.data.RosterShiftRepository;
import uk.nhs.screeningplanner.roster.data.RosterShiftRow;
import uk.nhs.screeningplanner.roster.domain.Dates;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.PartOfDay;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.StaffService;
import uk.nhs.screeningplanner.shared.NotFoundException;
import uk.nhs.screeningplanner.shared.ValidationException;

/** The roster's changing transactions, each audited: hand edits, publishing, absences. */
@Component
class RosterEdits {

  private final RosterPlanRepository plans;
  private final RosterShiftRepository shifts;
  private final StaffService staff;
  private final AuditLog audit;
  private final Clock clock;

  RosterEdits(
      RosterPlanRepository plans,
      RosterShiftRepository shifts,
      StaffService staff,
      AuditLog audit,
      Clock clock) {
    this.plans = plans;
    this.shifts = shifts;
    this.staff = staff;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  void setRole(long shiftId, ReadingRole role, boolean pinned) {
    RosterShiftRow row =
        shifts.findById(shiftId).orElseThrow(() -> new NotFoundException("That session is gone."));
    StaffMember member = staff.get(row.getStaffId());
    row.setRole(role);
    row.setPinned(pinned);
    if (row.changedSincePublished()) {
      plans.findById(row.getPlanId()).ifPresent(RosterPlan::changed);
    }
    audit.record(
        AuditAction.UPDATE,
        "reader roster",
        row.getPlanId(),
        member.getName()
            + " "
            + Dates.show(row.getDate())
            + " "
            + row.getPart()
            + " set by hand to "
            + (role == null ? "not reading" : role.label())
            + (pinned ? ", pinned" : ", not pinned"));
  }

  @Transactional
  void publish(long planId, int changes) {
    RosterPlan plan = plans.findById(planId).orElseThrow();
    plan.published(clock.instant(), ReaderRosterService.user());
    shifts.findByPlanId(planId).forEach(RosterShiftRow::publish);
    audit.record(
        AuditAction.PUBLISH,
        "reader roster",
        planId,
        "published the reader roster from "
            + plan.getHorizonStart()
            + " for "
            + plan.getWeeks()
            + " weeks"
            + (changes > 0 ? " with " + changes + " changed sessions" : ""));
  }

  /** Every published session back to its published role; the roster is in force again. */
  @Transactional
  int revert(long planId) {
    RosterPlan plan = plans.findById(planId).orElseThrow();
    if (!plan.wasEverPublished()) {
      throw new ValidationException("Revert: this roster has never been published");
    }
    int reverted = 0;
    for (RosterShiftRow row : shifts.findByPlanId(planId)) {
      if (row.revert()) {
        reverted++;
      }
    }
    plan.reverted();
    audit.record(
        AuditAction.UPDATE,
        "reader roster",
        plan.getId(),
        "reverted the reader roster to the version published "
            + Dates.stamp(plan.getPublishedAt())
            + " by "
            + plan.getPublishedBy()
            + ": "
            + reverted
            + " sessions restored");
    return reverted;
  }

  @Transactional
  void recordAbsence(long planId, long staffId, LocalDate from, LocalDate to, String reason) {
    RosterPlan plan = plans.findById(planId).orElseThrow();
    if (from == null || to == null || to.isBefore(from)) {
      throw new ValidationException(
          "Dates: choose a first and last day, the last on or after the first");
    }
    if (to.isBefore(plan.getHorizonStart()) || from.isAfter(plan.getHorizonEnd())) {
      throw new ValidationException("Dates: the absence must fall within the roster's weeks");
    }
    StaffMember member = staff.get(staffId);
    Availability absence = staff.newAvailability(member);
    absence.setStartDate(from);
    absence.setEndDate(to);
    absence.setPartOfDay(PartOfDay.ALL_DAY);
    absence.setKind(AvailabilityKind.UNAVAILABLE);
    absence.setReason(reason == null || reason.isBlank() ? "Absence" : reason.trim());
    staff.save(absence);
    for (RosterShiftRow row : shifts.findByPlanId(planId)) {
      if (row.getStaffId() == staffId
          && !row.getDate().isBefore(from)
          && !row.getDate().isAfter(to)) {
        row.setPinned(false);
        row.setRole(null); // they cannot read while away; the replan repairs around the gap
      }
    }
    plan.replanFrom(from.isBefore(plan.getHorizonStart()) ? plan.getHorizonStart() : from);
    audit.record(
        AuditAction.UPDATE,
        "reader roster",
        planId,
        member.getName()
            + " absent "
            + Dates.show(from)
            + " to "
            + Dates.show(to)
            + "; roster to be replanned from "
            + Dates.show(plan.getReplanFrom()));
  }
}
