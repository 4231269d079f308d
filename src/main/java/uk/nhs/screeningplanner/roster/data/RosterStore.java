package uk.nhs.screeningplanner.roster.data;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.roster.domain.ReaderRoster;
import uk.nhs.screeningplanner.roster.domain.ReadingShift;
import uk.nhs.screeningplanner.roster.domain.RosterProblem;
import uk.nhs.screeningplanner.roster.domain.SessionPart;

/** Saves roster plans and the roles a solver or a person chose, each in its own transaction. */
@Component
public class RosterStore {

  private final RosterPlanRepository plans;
  private final RosterShiftRepository shifts;

  RosterStore(RosterPlanRepository plans, RosterShiftRepository shifts) {
    this.plans = plans;
    this.shifts = shifts;
  }

  /** A new roster with a free session row for every reader session of the horizon. */
  @Transactional
  public RosterPlan create(RosterPlan plan, List<Long> readerIds, boolean evening) {
    RosterPlan saved = plans.save(plan);
    List<SessionPart> parts =
        evening ? List.of(SessionPart.values()) : List.of(SessionPart.AM, SessionPart.PM);
    for (LocalDate day : RosterProblem.workingDays(plan.getHorizonStart(), plan.getWeeks())) {
      for (long readerId : readerIds) {
        for (SessionPart part : parts) {
          shifts.save(new RosterShiftRow(saved.getId(), readerId, day, part));
        }
      }
    }
    return saved;
  }

  /**
   * Writes the solution's roles onto the saved rows (adding rows for readers added since); a
   * published roster whose roles change becomes a draft again.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void saveSolution(long planId, ReaderRoster solution) {
    boolean changed = false;
    Map<String, RosterShiftRow> byKey = new HashMap<>();
    for (RosterShiftRow row : shifts.findByPlanId(planId)) {
      byKey.put(RosterAssembler.key(row.getStaffId(), row.getDate(), row.getPart().name()), row);
    }
    for (ReadingShift shift : solution.getShifts()) {
      String key =
          RosterAssembler.key(shift.getReader().getId(), shift.getDate(), shift.getPart().name());
      RosterShiftRow row = byKey.get(key);
      if (row == null) {
        row =
            shifts.save(
                new RosterShiftRow(
                    planId, shift.getReader().getId(), shift.getDate(), shift.getPart()));
      }
      changed |= row.getRole() != shift.getRole();
      row.setRole(shift.getRole());
    }
    boolean anyChange = changed;
    plans
        .findById(planId)
        .ifPresent(
            p -> {
              p.setScore(solution.getScore() == null ? null : solution.getScore().toString());
              if (anyChange) {
                p.changed();
              }
            });
  }

  /** Marks the replan after an absence as done. */
  @Transactional
  public void replanned(long planId) {
    plans.findById(planId).ifPresent(RosterPlan::replanned);
  }
}
