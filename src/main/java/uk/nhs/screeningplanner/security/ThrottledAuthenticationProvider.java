package uk.nhs.screeningplanner.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every sign-in, by the form or by HTTP Basic, with the database's users; refused at once, before
 * any password check, while {@link LoginAttempts} has paused the username or the client address.
 * Failures and successes are counted there.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final DaoAuthenticationProvider passwords;
  private final LoginAttempts attempts;

  ThrottledAuthenticationProvider(
      DatabaseUserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
    this.passwords = new DaoAuthenticationProvider(users);
    this.passwords.setPasswordEncoder(encoder);
    this.attempts = attempts;
  }

  @Override
  public Authentication authenticate(Authentication request) throws AuthenticationException {
    String username = request.getName();
    String address =
        request.getDetails() instanceof WebAuthenticationDetails web
            ? web.getRemoteAddress()
            : null;
    if (attempts.isLocked(username, address)) {
      throw new LockedException(attempts.lockedMessage());
    }
    try {
      Authentication signedIn = passwords.authenticate(request);
      attempts.succeeded(username);
      return signedIn;
    } catch (BadCredentialsException e) {
      attempts.failed(username, address);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
