package uk.nhs.screeningplanner.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.nhs.screeningplanner.audit.AuditAction;
import uk.nhs.screeningplanner.audit.AuditLog;

/**
 * Counts failed sign-ins per username and per client address and pauses sign-in for either after
 * too many within a window: a person guessing passwords, or a flood of guesses costing a bcrypt
 * check each, is stopped. Every failure and every lockout is in the audit log. Counts live in
 * Caffeine caches that forget them when the window or the lockout has passed (and hold at most
 * {@value #MAX_TRACKED} names or addresses, the oldest forgotten first).
 */
@Component
public class LoginAttempts {

  static final int MAX_TRACKED = 100_000;

  private final AuditLog audit;
  private final int userFailures;
  private final int addressFailures;
  private final Duration lockout;
  private final Cache<String, AtomicInteger> failuresByUser;
  private final Cache<String, AtomicInteger> failuresByAddress;
  private final Cache<String, Boolean> lockedUsers;
  private final Cache<String, Boolean> lockedAddresses;

  LoginAttempts(
      AuditLog audit,
      @Value("${planner.security.lockout.user-failures:5}") int userFailures,
      @Value("${planner.security.lockout.address-failures:20}") int addressFailures,
      @Value("${planner.security.lockout.window:15m}") Duration window,
      @Value("${planner.security.lockout.duration:15m}") Duration lockout) {
    if (userFailures < 1 || addressFailures < 1 || window.isNegative() || lockout.isNegative()) {
      throw new IllegalStateException(
          "planner.security.lockout.*: the failure counts must be at least 1 and the times"
              + " positive");
    }
    this.audit = audit;
    this.userFailures = userFailures;
    this.addressFailures = addressFailures;
    this.lockout = lockout;
    this.failuresByUser = counter(window);
    this.failuresByAddress = counter(window);
    this.lockedUsers =
        Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(lockout).build();
    this.lockedAddresses =
        Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(lockout).build();
  }

  private static Cache<String, AtomicInteger> counter(Duration window) {
    return Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterWrite(window).build();
  }

  /** Whether sign-in is paused for this username or this address. */
  boolean isLocked(String username, String address) {
    return lockedUsers.getIfPresent(key(username)) != null
        || (address != null && lockedAddresses.getIfPresent(address) != null);
  }

  /** The sentence a person who is locked out reads. */
  public String lockedMessage() {
    return "Too many failed sign-ins. Sign-in is paused for "
        + minutes(lockout)
        + "; try again later, or ask your administrator.";
  }

  void failed(String username, String address) {
    String user = key(username);
    String from = address == null ? "an unknown address" : address;
    int byUser = failuresByUser.get(user, k -> new AtomicInteger()).incrementAndGet();
    audit.recordSignIn(
        AuditAction.SIGN_IN_FAILED,
        username,
        "Failed sign-in as '" + user + "' from " + from + " (" + byUser + " in a row)");
    if (byUser >= userFailures && lockedUsers.getIfPresent(user) == null) {
      lockedUsers.put(user, Boolean.TRUE);
      failuresByUser.invalidate(user);
      audit.recordSignIn(
          AuditAction.LOCKOUT,
          username,
          "Sign-in as '"
              + user
              + "' paused for "
              + minutes(lockout)
              + " after "
              + byUser
              + " failed attempts (the last from "
              + from
              + ")");
    }
    if (address != null) {
      int byAddress = failuresByAddress.get(address, k -> new AtomicInteger()).incrementAndGet();
      if (byAddress >= addressFailures && lockedAddresses.getIfPresent(address) == null) {
        lockedAddresses.put(address, Boolean.TRUE);
        failuresByAddress.invalidate(address);
        audit.recordSignIn(
            AuditAction.LOCKOUT,
            username,
            "Sign-in from "
                + address
                + " paused for "
                + minutes(lockout)
                + " after "
                + byAddress
                + " failed attempts (the last as '"
                + user
                + "')");
      }
    }
  }

  void succeeded(String username) {
    failuresByUser.invalidate(key(username));
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static String minutes(Duration duration) {
    long minutes = Math.max(1, duration.toMinutes());
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }
}
