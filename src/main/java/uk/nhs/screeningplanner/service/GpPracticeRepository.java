package uk.nhs.screeningplanner.service;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface GpPracticeRepository
    extends JpaRepository<GpPractice, Long>, JpaSpecificationExecutor<GpPractice> {

  Optional<GpPractice> findByServiceAndOdsCode(ScreeningService service, String odsCode);

  long countByService(ScreeningService service);
}
