package uk.nhs.screeningplanner.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On first start (no users at all) creates the demo users, one per role, and/or the initial
 * administrator named in the environment. Does nothing once any user exists. Runs before the web
 * server accepts requests, so the first sign-in never races the set-up.
 */
@Component
class FirstStartUsers implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(FirstStartUsers.class);

  /** Username, display name, role; the password is the username followed by "-demo-2026". */
  static final String DEMO_PASSWORD_SUFFIX = "-demo-2026";

  private final UserService users;
  private final boolean demoUsers;
  private final String adminUsername;
  private final String adminPassword;

  FirstStartUsers(
      UserService users,
      @Value("${planner.security.demo-users:true}") boolean demoUsers,
      @Value("${planner.security.initial-admin-username:}") String adminUsername,
      @Value("${planner.security.initial-admin-password:}") String adminPassword) {
    this.users = users;
    this.demoUsers = demoUsers;
    this.adminUsername = adminUsername;
    this.adminPassword = adminPassword;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (users.anyUserExists()) {
      return;
    }
    if (!adminUsername.isBlank()) {
      if (adminPassword.length() < UserService.MIN_PASSWORD_LENGTH) {
        throw new IllegalStateException(
            "PLANNER_ADMIN_PASSWORD must have at least "
                + UserService.MIN_PASSWORD_LENGTH
                + " characters");
      }
      users.createUnchecked(adminUsername, "Administrator", Role.ADMIN, adminPassword);
      log.info("Created the initial administrator '{}'", adminUsername);
    }
    if (demoUsers) {
      demo("manager", "Sam Manager (demo)", Role.SERVICE_MANAGER);
      demo("rota", "Robin Rota (demo)", Role.ROTA_COORDINATOR);
      demo("executive", "Ellis Executive (demo)", Role.EXECUTIVE);
      demo("admin", "Alex Admin (demo)", Role.ADMIN);
      log.info("Created demo users manager, rota, executive and admin (see README)");
    }
  }

  private void demo(String username, String displayName, Role role) {
    users.createUnchecked(username, displayName, role, username + DEMO_PASSWORD_SUFFIX);
  }
}
