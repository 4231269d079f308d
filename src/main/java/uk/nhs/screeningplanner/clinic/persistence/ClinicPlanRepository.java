package uk.nhs.screeningplanner.clinic.persistence;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClinicPlanRepository extends JpaRepository<ClinicPlan, Long> {

  Optional<ClinicPlan> findFirstByServiceIdOrderByIdDesc(long serviceId);
}
