package uk.nhs.screeningplanner.service;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitCalendarEntryRepository extends JpaRepository<UnitCalendarEntry, Long> {

  List<UnitCalendarEntry> findByUnitOrderByStartDate(ScreeningUnit unit);

  @Query(
      "select e from UnitCalendarEntry e where e.unit.service = :service"
          + " order by e.unit.code, e.startDate")
  List<UnitCalendarEntry> findByService(ScreeningService service);
}
