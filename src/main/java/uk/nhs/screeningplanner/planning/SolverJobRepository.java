package uk.nhs.screeningplanner.planning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SolverJobRepository extends JpaRepository<SolverJob, Long> {

  Optional<SolverJob> findFirstByProblemAndServiceIdOrderByStartedAtDescIdDesc(
      String problem, long serviceId);

  List<SolverJob> findTop20ByProblemAndServiceIdOrderByStartedAtDescIdDesc(
      String problem, long serviceId);

  List<SolverJob> findByStatus(SolverJobStatus status);
}
