package uk.nhs.screeningplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.service.PracticeService;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.ScreeningServiceRepository;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.service.SiteService;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.StaffMemberRepository;
import uk.nhs.screeningplanner.service.StaffService;

/** Roles are enforced on the server: hidden buttons are not the only defence. */
@SpringBootTest
@ActiveProfiles("test")
class ServiceMethodSecurityTest {

  @Autowired StaffService staff;
  @Autowired SiteService sites;
  @Autowired PracticeService practices;
  @Autowired ServiceSettingsService settings;
  @Autowired UserService users;
  @Autowired ScreeningServiceRepository services;
  @Autowired StaffMemberRepository staffRepository;

  @BeforeEach
  void aServiceExists() {
    if (services.count() == 0) {
      services.save(new ScreeningService("SEC", "Security Test BSS"));
    }
  }

  private StaffMember newMammographer() {
    StaffMember member = staff.newStaffMember();
    member.setStaffCode("S" + (System.nanoTime() % 100000));
    member.setName("Pat Example");
    member.setSkills(Set.of(Skill.MAMMOGRAPHER));
    return member;
  }

  @Test
  @WithMockUser(roles = "EXECUTIVE")
  void anExecutiveCanReadButCannotChangeAnything() {
    long before = staffRepository.count();
    assertThatCode(() -> staff.allStaff()).doesNotThrowAnyException();

    assertThatThrownBy(() -> staff.save(newMammographer()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> sites.save(sites.newSite())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> practices.save(practices.newPractice()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> settings.save(settings.current()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> users.create("x.user", "X", Role.ADMIN, "long-enough-pw"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(staffRepository.count()).isEqualTo(before);
  }

  @Test
  @WithMockUser(roles = "ROTA_COORDINATOR")
  void aRotaCoordinatorKeepsStaffButNotSites() {
    assertThat(staff.save(newMammographer()).getId()).isNotNull();
    assertThatThrownBy(() -> sites.save(sites.newSite())).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithMockUser(roles = "SERVICE_MANAGER")
  void aServiceManagerCannotManageUsers() {
    assertThatThrownBy(() -> users.all()).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void nobodySignedInCannotChangeAnything() {
    assertThatThrownBy(() -> staff.save(newMammographer()))
        .isInstanceOf(
            org.springframework.security.authentication.AuthenticationCredentialsNotFoundException
                .class);
  }
}
