package uk.nhs.screeningplanner.service;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DemandOverrideRepository extends JpaRepository<DemandOverride, Long> {

  List<DemandOverride> findByServiceOrderByWeekStart(ScreeningService service);
}
