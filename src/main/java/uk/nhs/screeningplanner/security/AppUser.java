package uk.nhs.screeningplanner.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/** A person who signs in. Never deleted, only disabled, so the audit trail stays attributable. */
@Entity
@Table(name = "app_user")
public class AppUser extends VersionedEntity {

  @NotBlank
  @Size(min = 3, max = 64)
  @Pattern(
      regexp = "[a-z0-9._-]+",
      message = "use lower-case letters, digits, dots, hyphens and underscores only")
  private String username;

  @NotBlank
  @Size(max = 200)
  private String displayName;

  private String passwordHash;

  @NotNull
  @Enumerated(EnumType.STRING)
  private Role role;

  private boolean enabled = true;

  private Instant createdAt;

  protected AppUser() {}

  AppUser(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.role = role;
    this.createdAt = createdAt;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public Role getRole() {
    return role;
  }

  void setRole(Role role) {
    this.role = role;
  }

  public boolean isEnabled() {
    return enabled;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
