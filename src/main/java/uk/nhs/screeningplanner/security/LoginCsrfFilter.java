package uk.nhs.screeningplanner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires the CSRF token on the sign-in form's POST, which Vaadin's security configuration exempts
 * from the check. Without it another site could sign a visitor in as someone else (login CSRF). The
 * sign-in form sends the token: Vaadin writes it into the page's {@code _csrf} meta tags and its
 * login form adds it to the post. A post without the right token goes back to the sign-in page,
 * which says to sign in again; nobody is signed in.
 */
class LoginCsrfFilter extends OncePerRequestFilter {

  private final CsrfTokenRepository tokens;
  private final RequestMatcher loginPost;
  private final XorCsrfTokenRequestAttributeHandler handler =
      new XorCsrfTokenRequestAttributeHandler();
  private final String expiredUrl;

  LoginCsrfFilter(CsrfTokenRepository tokens, String loginPath) {
    this.tokens = tokens;
    this.loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
    this.expiredUrl = loginPath + "?expired";
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!loginPost.matches(request)) {
      chain.doFilter(request, response);
      return;
    }
    DeferredCsrfToken deferred = tokens.loadDeferredToken(request, response);
    CsrfToken expected = deferred.get();
    String actual =
        deferred.isGenerated() ? null : handler.resolveCsrfTokenValue(request, expected);
    if (actual == null
        || !MessageDigest.isEqual(
            expected.getToken().getBytes(StandardCharsets.UTF_8),
            actual.getBytes(StandardCharsets.UTF_8))) {
      response.sendRedirect(request.getContextPath() + expiredUrl);
      return;
    }
    chain.doFilter(request, response);
  }
}
