package uk.nhs.screeningplanner.service;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ScreeningUnitRepository
    extends JpaRepository<ScreeningUnit, Long>, JpaSpecificationExecutor<ScreeningUnit> {

  List<ScreeningUnit> findByServiceOrderByCode(ScreeningService service);

  Optional<ScreeningUnit> findByServiceAndCode(ScreeningService service, String code);
}
