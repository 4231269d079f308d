package uk.nhs.screeningplanner.service;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScreeningServiceRepository extends JpaRepository<ScreeningService, Long> {

  Optional<ScreeningService> findFirstByOrderByIdAsc();

  Optional<ScreeningService> findByCode(String code);
}
