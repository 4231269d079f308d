package uk.nhs.screeningplanner.clinic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.springframework.stereotype.Component;
import uk.nhs.screeningplanner.clinic.domain.ClinicSchedule;
import uk.nhs.screeningplanner.clinic.domain.PositionAssignment;
import uk.nhs.screeningplanner.clinic.solver.Breach;
import uk.nhs.screeningplanner.clinic.solver.ClinicSolverConfig;

/** Lists every broken rule of a plan in plain English, from the rules' justifications. */
@Component
class ClinicExplainer {

  private final SolutionManager<ClinicSchedule, HardMediumSoftScore> solutions =
      SolutionManager.create(
          SolverFactory.<ClinicSchedule>create(ClinicSolverConfig.create(Duration.ofSeconds(1))));

  /**
   * Hard first, then medium, then soft; within a level the costliest first. Rewards (a wish
   * granted) are not broken rules and are left out. An empty required position says, person by
   * person, why nobody with the skill fills it.
   */
  List<RuleBreach> explain(ClinicSchedule schedule) {
    List<RuleBreach> breaches = new ArrayList<>();
    EmptyPositionReasons reasons = new EmptyPositionReasons(schedule);
    Map<Long, PositionAssignment> byId = new HashMap<>();
    schedule.getAssignments().forEach(a -> byId.put(a.getId(), a));
    for (ConstraintMatchTotal<HardMediumSoftScore> total :
        solutions.explain(schedule).getConstraintMatchTotalMap().values()) {
      for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
        if (isReward(match.getScore())) {
          continue;
        }
        RuleBreach breach = breach(total.getConstraintName(), match);
        Breach why = match.getJustification();
        if (why.assignmentId() != null && byId.containsKey(why.assignmentId())) {
          breach = breach.with(reasons.explain(byId.get(why.assignmentId())));
        }
        breaches.add(breach);
      }
    }
    breaches.sort(
        Comparator.comparingInt((RuleBreach b) -> levelOrder(b.level()))
            .thenComparing(RuleBreach::penalty, Comparator.reverseOrder())
            .thenComparing(b -> b.date() == null ? java.time.LocalDate.MIN : b.date()));
    return breaches;
  }

  HardMediumSoftScore score(ClinicSchedule schedule) {
    return solutions.update(schedule);
  }

  private static boolean isReward(HardMediumSoftScore score) {
    return score.hardScore() >= 0
        && score.mediumScore() >= 0
        && score.softScore() >= 0
        && !score.isZero();
  }

  private static RuleBreach breach(String rule, ConstraintMatch<HardMediumSoftScore> match) {
    HardMediumSoftScore score = match.getScore();
    String level = score.hardScore() != 0 ? "Hard" : score.mediumScore() != 0 ? "Medium" : "Soft";
    long penalty =
        -(score.hardScore() != 0
            ? score.hardScore()
            : score.mediumScore() != 0 ? score.mediumScore() : score.softScore());
    Breach why = match.getJustification();
    return new RuleBreach(rule, level, penalty, why.person(), why.date(), why.description());
  }

  private static int levelOrder(String level) {
    return switch (level) {
      case "Hard" -> 0;
      case "Medium" -> 1;
      default -> 2;
    };
  }
}
