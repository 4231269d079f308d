package uk.nhs.screeningplanner.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.screeningplanner.audit.AuditAction;
import uk.nhs.screeningplanner.audit.AuditLog;
import uk.nhs.screeningplanner.shared.NotFoundException;
import uk.nhs.screeningplanner.shared.ValidationException;

/** Users and their roles. Only administrators change them; users are disabled, never deleted. */
@Service
public class UserService {

  static final int MIN_PASSWORD_LENGTH = 10;

  private final AppUserRepository users;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final Validator validator;
  private final Clock clock;

  UserService(
      AppUserRepository users,
      PasswordEncoder encoder,
      AuditLog audit,
      Validator validator,
      Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.audit = audit;
    this.validator = validator;
    this.clock = clock;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Transactional(readOnly = true)
  public List<AppUser> all() {
    return users.findAllByOrderByUsername();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Transactional
  public AppUser create(String username, String displayName, Role role, String password) {
    checkPassword(password);
    return createUnchecked(username, displayName, role, password);
  }

  /** For first-start set-up (demo users, the initial admin): no signed-in admin exists yet. */
  @Transactional
  AppUser createUnchecked(String username, String displayName, Role role, String password) {
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    AppUser user =
        new AppUser(name, displayName == null ? "" : displayName.trim(), "", role, clock.instant());
    var violations = validator.validate(user);
    if (!violations.isEmpty()) {
      throw new ValidationException(
          violations.stream()
              .map(v -> capitalise(v.getPropertyPath().toString()) + ": " + v.getMessage())
              .sorted()
              .toList());
    }
    if (users.findByUsername(name).isPresent()) {
      throw new ValidationException("Username: " + name + " is already taken");
    }
    user.setPasswordHash(encoder.encode(password));
    AppUser saved = users.save(user);
    audit.record(
        AuditAction.CREATE, "user", saved.getId(), "Created user " + name + " as " + role.label());
    return saved;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Transactional
  public AppUser setEnabled(Long id, boolean enabled) {
    AppUser user = get(id);
    if (!enabled) {
      if (user.getUsername().equals(AuditLogUser.current())) {
        throw new ValidationException("You cannot disable your own account.");
      }
      refuseIfLastAdmin(user);
    }
    user.setEnabled(enabled);
    audit.record(
        AuditAction.UPDATE,
        "user",
        id,
        (enabled ? "Enabled" : "Disabled") + " user " + user.getUsername());
    return user;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Transactional
  public AppUser changeRole(Long id, Role role) {
    AppUser user = get(id);
    if (user.getRole() == role) {
      return user;
    }
    if (user.getRole() == Role.ADMIN) {
      refuseIfLastAdmin(user);
    }
    Role before = user.getRole();
    user.setRole(role);
    audit.record(
        AuditAction.UPDATE,
        "user",
        id,
        "Changed role of " + user.getUsername() + ": " + before.label() + " → " + role.label());
    return user;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @Transactional
  public void resetPassword(Long id, String password) {
    checkPassword(password);
    AppUser user = get(id);
    user.setPasswordHash(encoder.encode(password));
    audit.record(AuditAction.UPDATE, "user", id, "Reset password of " + user.getUsername());
  }

  @Transactional(readOnly = true)
  public boolean anyUserExists() {
    return users.count() > 0;
  }

  private AppUser get(Long id) {
    return users
        .findById(id)
        .orElseThrow(() -> new NotFoundException("No user with id " + id + " exists."));
  }

  private void refuseIfLastAdmin(AppUser user) {
    if (user.getRole() == Role.ADMIN
        && user.isEnabled()
        && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
      throw new ValidationException(
          user.getUsername() + " is the last enabled administrator; make another one first.");
    }
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new ValidationException(
          "Password: use at least " + MIN_PASSWORD_LENGTH + " characters");
    }
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The signed-in username, as the audit log sees it. */
  static final class AuditLogUser {
    private AuditLogUser() {}

    static String current() {
      var auth =
          org.springframework.security.core.context.SecurityContextHolder.getContext()
              .getAuthentication();
      return auth == null ? "" : auth.getName();
    }
  }
}
