package uk.nhs.screeningplanner.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The REST API under {@code /api/**}, for scripts and other systems: HTTP Basic with the same users
 * and roles as the web UI, no session and so no cookie. CSRF protection guards cookie-based
 * sessions; here, where there is no session, {@link ApiChangeGuard} refuses every change a browser
 * could be made to send by another page. Browsers asking for a page get no Basic prompt. Checked
 * before the UI's chain.
 */
@Configuration
class ApiSecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
    SecurityHeaders.apply(http);
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(ApiSecurityConfiguration::challenge))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(ApiSecurityConfiguration::challenge)
                    .accessDeniedHandler(ApiSecurityConfiguration::refuse))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .addFilterBefore(new ApiChangeGuard(), BasicAuthenticationFilter.class)
        .build();
  }

  /**
   * Answers 401 directly rather than through the error page, which belongs to the UI's chain and
   * would redirect a script to the sign-in page.
   */
  private static void challenge(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (!fromBrowserPage(request)) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Screening Planner\"");
    }
    plain(
        response,
        HttpServletResponse.SC_UNAUTHORIZED,
        e instanceof LockedException ? e.getMessage() : "Sign in with HTTP Basic.");
  }

  /**
   * A browser opening an API address asks for HTML. It is not offered the Basic sign-in prompt, so
   * it never remembers credentials another page could then make it send.
   */
  private static boolean fromBrowserPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    plain(response, HttpServletResponse.SC_FORBIDDEN, "Your role does not allow this.");
  }

  private static void plain(HttpServletResponse response, int status, String message)
      throws IOException {
    ApiResponses.plain(response, status, message);
  }
}
