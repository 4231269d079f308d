package uk.nhs.screeningplanner.service;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AvailabilityRepository extends JpaRepository<Availability, Long> {

  List<Availability> findByStaffOrderByStartDate(StaffMember staff);

  @Query(
      "select a from Availability a where a.staff.service = :service"
          + " and a.endDate >= :from and a.startDate <= :to order by a.startDate")
  List<Availability> findForServiceBetween(ScreeningService service, LocalDate from, LocalDate to);

  @Query("select count(a) from Availability a where a.staff.service = :service")
  long countByService(ScreeningService service);
}
