package uk.nhs.screeningplanner.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every answer, pages and API alike: a Content-Security-Policy under which
 * Vaadin works (its bootstrap and Lit styles need inline script and style and {@code eval}; push
 * needs a WebSocket to the same host), a Referrer-Policy that sends no address to other sites, and
 * a Permissions-Policy that turns off what the planner never uses. Spring Security's defaults
 * (no-sniff, frame options, no caching of signed-in pages) stay on.
 */
final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
          + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
          + " connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

  private SecurityHeaders() {}

  static void apply(HttpSecurity http) throws Exception {
    http.headers(
        headers ->
            headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
  }
}
