package uk.nhs.screeningplanner.roster.data;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RosterPlanRepository extends JpaRepository<RosterPlan, Long> {

  Optional<RosterPlan> findFirstByServiceIdOrderByIdDesc(long serviceId);
}
