package uk.nhs.screeningplanner.service;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface SiteRepository extends JpaRepository<Site, Long>, JpaSpecificationExecutor<Site> {

  List<Site> findByServiceOrderByCode(ScreeningService service);

  Optional<Site> findByServiceAndCode(ScreeningService service, String code);
}
