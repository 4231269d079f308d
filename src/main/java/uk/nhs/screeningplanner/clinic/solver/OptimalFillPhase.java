package uk.nhs.screeningplanner.clinic.solver;

import java.time.Duration;
import java.util.Map;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.domain.Staff;

/**
 * The solver's first phase: fills the required positions as {@link OptimalFill} finds (the fewest
 * slots lost any plan can reach), and records the bound on the plan, so local search starts at the
 * optimum of the medium score and only improves the soft one. When CP-SAT finds nothing in time (or
 * cannot load), the plan is left as it is and the construction heuristic builds it.
 */
public class OptimalFillPhase implements CustomPhaseCommand<ClinicSchedule> {

  private static final Logger LOG = LoggerFactory.getLogger(OptimalFillPhase.class);

  private long fillSeconds = 10;

  /** The CP-SAT time limit, from the phase's custom properties. */
  public void setFillSeconds(long fillSeconds) {
    this.fillSeconds = fillSeconds;
  }

  @Override
  public void changeWorkingSolution(ScoreDirector<ClinicSchedule> director) {
    ClinicSchedule plan = director.getWorkingSolution();
    OptimalFill.Result result;
    try {
      result = OptimalFill.solve(plan, Duration.ofSeconds(fillSeconds)).orElse(null);
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("The optimal fill could not run; the construction heuristic builds the plan", e);
      return;
    }
    if (result == null) {
      LOG.info("The optimal fill found no plan in {} s", fillSeconds);
      return;
    }
    for (PositionAssignment a : plan.getAssignments()) {
      if (a.isPinned() || !result.staffByAssignment().containsKey(a.getId())) {
        continue;
      }
      Staff who = result.staffByAssignment().get(a.getId());
      if (!java.util.Objects.equals(who, a.getStaff())) {
        director.beforeVariableChanged(a, "staff");
        a.setStaff(who);
        director.afterVariableChanged(a, "staff");
      }
    }
    director.triggerVariableListeners();
    plan.bound(result.leastSlotsLost(), result.optimal());
    LOG.info(
        "Optimal fill: {} slots lost, no plan loses fewer than {} ({}), in {} ms",
        result.slotsLost(),
        result.leastSlotsLost(),
        result.optimal() ? "proven" : "bound",
        result.took().toMillis());
  }

  static Map<String, String> properties(long fillSeconds) {
    return Map.of("fillSeconds", Long.toString(fillSeconds));
  }
}
