package uk.nhs.screeningplanner.roster.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The reader roster as the solver sees it: readers, demand and one shift per reader session. */
@PlanningSolution
public class ReaderRoster {

  @ProblemFactCollectionProperty private List<Reader> readers;

  @ProblemFactProperty private ReadingDemand demand;

  @PlanningEntityCollectionProperty private List<ReadingShift> shifts;

  @PlanningScore private HardMediumSoftLongScore score;

  public ReaderRoster() {}

  public ReaderRoster(List<Reader> readers, ReadingDemand demand, List<ReadingShift> shifts) {
    this.readers = readers;
    this.demand = demand;
    this.shifts = shifts;
  }

  @ValueRangeProvider
  public List<ReadingRole> getRoles() {
    return List.of(ReadingRole.values());
  }

  public List<Reader> getReaders() {
    return readers;
  }

  public ReadingDemand getDemand() {
    return demand;
  }

  public List<ReadingShift> getShifts() {
    return shifts;
  }

  public HardMediumSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftLongScore score) {
    this.score = score;
  }
}
