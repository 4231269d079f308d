package uk.nhs.screeningplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.shared.ValidationException;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "admin", roles = "ADMIN")
class UserServiceTest {

  @Autowired UserService users;
  @Autowired DatabaseUserDetailsService details;
  @Autowired PasswordEncoder encoder;

  @Test
  void demoUsersExistOnePerRoleWithBcryptPasswords() {
    assertThat(users.all())
        .extracting(AppUser::getUsername)
        .contains("manager", "rota", "executive", "admin");
    UserDetails manager = details.loadUserByUsername("manager");
    assertThat(manager.getPassword()).startsWith("$2a$");
    assertThat(encoder.matches("manager-demo-2026", manager.getPassword())).isTrue();
    assertThat(manager.getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_SERVICE_MANAGER");
  }

  @Test
  void aDisabledUserCannotSignInButIsKept() {
    AppUser user = users.create("d.user", "Dee User", Role.EXECUTIVE, "correct-horse-1");
    users.setEnabled(user.getId(), false);
    assertThat(details.loadUserByUsername("d.user").isEnabled()).isFalse();
    assertThat(users.all()).extracting(AppUser::getUsername).contains("d.user");
  }

  @Test
  void anAdminCanChangeARole() {
    AppUser user = users.create("r.user", "Ray User", Role.EXECUTIVE, "correct-horse-2");
    users.changeRole(user.getId(), Role.ROTA_COORDINATOR);
    assertThat(details.loadUserByUsername("r.user").getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_ROTA_COORDINATOR");
  }

  @Test
  void shortPasswordsAndTakenNamesAreRefused() {
    assertThatThrownBy(() -> users.create("s.user", "Sam", Role.EXECUTIVE, "short"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Password: use at least 10 characters");
    assertThatThrownBy(() -> users.create("manager", "Sam", Role.EXECUTIVE, "long-enough-pw"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Username: manager is already taken");
  }

  @Test
  void theLastAdministratorCannotBeDemotedOrDisabled() {
    AppUser admin =
        users.all().stream().filter(u -> u.getUsername().equals("admin")).findFirst().orElseThrow();
    // other enabled admins would make this legitimate; the demo set has exactly one
    assertThat(users.all().stream().filter(u -> u.getRole() == Role.ADMIN && u.isEnabled()))
        .hasSize(1);
    assertThatThrownBy(() -> users.changeRole(admin.getId(), Role.EXECUTIVE))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("last enabled administrator");
  }
}
