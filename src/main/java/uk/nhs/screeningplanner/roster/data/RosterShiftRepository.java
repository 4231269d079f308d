package uk.nhs.screeningplanner.roster.data;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RosterShiftRepository extends JpaRepository<RosterShiftRow, Long> {

  List<RosterShiftRow> findByPlanId(long planId);
}
