package uk.nhs.screeningplanner.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ScreeningServiceRepository;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.StaffService;
import uk.nhs.screeningplanner.shared.ValidationException;

/**
 * Every change to reference data leaves an attributable, readable entry; a refused one leaves none.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "admin", roles = "ADMIN")
class AuditLogTest {

  @Autowired AuditLog audit;
  @Autowired StaffService staff;
  @Autowired ScreeningServiceRepository services;

  @Test
  void createUpdateAndRefusedChangesAreRecordedFaithfully() {
    if (services.count() == 0) {
      services.save(new ScreeningService("AUD", "Audit Test BSS"));
    }
    StaffMember member = staff.newStaffMember();
    member.setStaffCode("AUD1");
    member.setName("Audrey Trail");
    member.setSkills(Set.of(Skill.MAMMOGRAPHER));
    member = staff.save(member);
    member.setContractedSessionsPerWeek(7);
    staff.save(member);
    long before = audit.count(AuditFilter.none());
    StaffMember invalid = staff.get(member.getId());
    invalid.setName("");
    try {
      staff.save(invalid);
    } catch (ValidationException expected) {
      // refused: must leave no trace
    }

    assertThat(audit.count(AuditFilter.none())).isEqualTo(before);
    var mine =
        audit
            .search(
                new AuditFilter("admin", "staff member", null, "Audrey", null, null),
                PageRequest.of(0, 10, Sort.by("id")))
            .getContent();
    assertThat(mine)
        .extracting(AuditEntry::getAction, AuditEntry::getSummary)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, "Created Audrey Trail (AUD1)"),
            org.assertj.core.groups.Tuple.tuple(
                AuditAction.UPDATE,
                "Changed Audrey Trail (AUD1): contracted sessions per week: 10 → 7"));
  }
}
