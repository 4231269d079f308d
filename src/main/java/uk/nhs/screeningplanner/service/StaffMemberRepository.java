package uk.nhs.screeningplanner.service;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface StaffMemberRepository
    extends JpaRepository<StaffMember, Long>, JpaSpecificationExecutor<StaffMember> {

  List<StaffMember> findByServiceOrderByName(ScreeningService service);

  Optional<StaffMember> findByServiceAndStaffCode(ScreeningService service, String staffCode);
}
