package uk.nhs.screeningplanner.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import uk.nhs.screeningplanner.security.ui.LoginView;

/**
 * Form login through the Vaadin login view; views and service methods carry {@code @RolesAllowed}
 * (JSR-250), so a refused call fails on the server, not only in the UI. CSRF protection stays on,
 * the sign-in form's post included. Repeated failed sign-ins pause sign-in ({@link LoginAttempts}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration extends VaadinWebSecurity {

  /** The one store of CSRF tokens (in the session), shared by Spring's filter and the login's. */
  private final CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();

  @Override
  protected void configure(HttpSecurity http) throws Exception {
    http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens));
    SecurityHeaders.apply(http);
    http.authorizeHttpRequests(
        auth ->
            auth.requestMatchers(
                    new AntPathRequestMatcher("/actuator/health"),
                    new AntPathRequestMatcher("/images/**"),
                    new AntPathRequestMatcher("/icons/**"))
                .permitAll());
    super.configure(http);
    setLoginView(http, LoginView.class);
    http.addFilterBefore(new LoginCsrfFilter(csrfTokens, "/login"), CsrfFilter.class);
    ExceptionMappingAuthenticationFailureHandler failures =
        new ExceptionMappingAuthenticationFailureHandler();
    failures.setDefaultFailureUrl("/login?error");
    failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
    http.formLogin(form -> form.failureHandler(failures));
  }

  /** Every sign-in (form and HTTP Basic) goes through the lockout check, then the password. */
  @Bean
  AuthenticationProvider authenticationProvider(
      DatabaseUserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
    return new ThrottledAuthenticationProvider(users, encoder, attempts);
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }
}
