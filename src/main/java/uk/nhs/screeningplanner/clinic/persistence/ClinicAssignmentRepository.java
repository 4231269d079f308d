package uk.nhs.screeningplanner.clinic.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClinicAssignmentRepository extends JpaRepository<ClinicAssignment, Long> {

  List<ClinicAssignment> findByPlanIdOrderById(long planId);
}
