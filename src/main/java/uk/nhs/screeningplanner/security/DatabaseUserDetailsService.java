package uk.nhs.screeningplanner.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in from the app_user table; a disabled user cannot sign in. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

  private final AppUserRepository users;

  DatabaseUserDetailsService(AppUserRepository users) {
    this.users = users;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    AppUser user =
        users
            .findByUsername(username == null ? "" : username.trim().toLowerCase())
            .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    return User.withUsername(user.getUsername())
        .password(user.getPasswordHash())
        .roles(user.getRole().name())
        .disabled(!user.isEnabled())
        .build();
  }
}
