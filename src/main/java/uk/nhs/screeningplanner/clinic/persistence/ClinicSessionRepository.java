package uk.nhs.screeningplanner.clinic.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClinicSessionRepository extends JpaRepository<ClinicSession, Long> {

  List<ClinicSession> findByPlanIdOrderBySessionDateAscMorningDescKindAscUnitNameAsc(long planId);
}
