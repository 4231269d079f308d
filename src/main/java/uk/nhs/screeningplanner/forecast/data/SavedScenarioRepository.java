package uk.nhs.screeningplanner.forecast.data;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SavedScenarioRepository extends JpaRepository<SavedScenario, Long> {

  List<SavedScenario> findByServiceIdOrderByNameAscIdAsc(long serviceId);
}
