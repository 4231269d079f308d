package uk.nhs.screeningplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.audit.AuditAction;
import uk.nhs.screeningplanner.audit.AuditFilter;
import uk.nhs.screeningplanner.audit.AuditLog;

/**
 * Issue 13 items 3 and 5: password guessing, by the sign-in form and by HTTP Basic, is stopped by a
 * lockout per user and per client address, each failure and lockout is audited; and the sign-in
 * form's post needs its CSRF token. Lower limits than the defaults (3 per user, 8 per address) keep
 * the test short; its own context, thrown away afterwards, since it locks out the test's address.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "planner.security.lockout.user-failures=3",
      "planner.security.lockout.address-failures=8"
    })
@ActiveProfiles("test")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@WithMockUser(username = "admin", roles = "ADMIN")
class LoginProtectionTest {

  private static final Pattern META =
      Pattern.compile("<meta name=\"(_csrf|_csrf_parameter)\" content=\"([^\"]*)\"");

  @LocalServerPort int port;
  @Autowired UserService users;
  @Autowired AuditLog audit;

  @Test
  @Order(1)
  void theSignInFormWithItsTokenSignsIn() throws Exception {
    Browser browser = new Browser();

    HttpResponse<String> response = browser.signIn("manager", "manager-demo-2026", true);

    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
    assertThat(browser.get("/").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void aSignInPostWithoutTheCsrfTokenSignsNobodyIn() throws Exception {
    Browser browser = new Browser();

    HttpResponse<String> response = browser.signIn("manager", "manager-demo-2026", false);

    assertThat(response.headers().firstValue("Location"))
        .hasValue("http://localhost:" + port + "/login?expired");
    assertThat(browser.get("/").statusCode()).isEqualTo(302);
  }

  @Test
  @Order(3)
  void guessingByTheFormLocksTheUserOutEvenWithTheRightPasswordAndIsAudited() throws Exception {
    users.create("guessform", "Form Guessed", Role.EXECUTIVE, "right-password-1");
    Browser browser = new Browser();

    for (int i = 0; i < 3; i++) {
      assertThat(browser.signIn("guessform", "wrong-" + i, true).headers().firstValue("Location"))
          .hasValue("http://localhost:" + port + "/login?error");
    }
    HttpResponse<String> right = browser.signIn("guessform", "right-password-1", true);

    assertThat(right.headers().firstValue("Location"))
        .hasValue("http://localhost:" + port + "/login?locked");
    assertThat(browser.get("/").statusCode()).isEqualTo(302);
    assertThat(audited("guessform", AuditAction.SIGN_IN_FAILED)).isEqualTo(3);
    assertThat(audited("guessform", AuditAction.LOCKOUT)).isEqualTo(1);
    assertThat(browser.get("/login?locked").body()).doesNotContain("Exception");
  }

  @Test
  @Order(4)
  void guessingByBasicLocksTheUserOutAndOthersStillSignIn() throws Exception {
    users.create("guessbasic", "Basic Guessed", Role.EXECUTIVE, "right-password-2");

    for (int i = 0; i < 3; i++) {
      assertThat(basic("guessbasic", "wrong-" + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> right = basic("guessbasic", "right-password-2");

    assertThat(right.statusCode()).isEqualTo(401);
    assertThat(right.body())
        .startsWith("Too many failed sign-ins. Sign-in is paused for 15 minutes");
    assertThat(audited("guessbasic", AuditAction.SIGN_IN_FAILED)).isEqualTo(3);
    assertThat(audited("guessbasic", AuditAction.LOCKOUT)).isEqualTo(1);
    assertThat(basic("manager", "manager-demo-2026").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(5)
  void aFloodOfGuessesFromOneAddressLocksThatAddressOut() throws Exception {
    // 6 failures so far from this address; 2 more, as different (unknown) users, reach 8
    assertThat(basic("nobody-1", "x").statusCode()).isEqualTo(401);
    assertThat(basic("nobody-2", "x").statusCode()).isEqualTo(401);

    HttpResponse<String> manager = basic("manager", "manager-demo-2026");

    assertThat(manager.statusCode()).isEqualTo(401);
    assertThat(manager.body()).startsWith("Too many failed sign-ins");
    assertThat(
            audit.count(
                new AuditFilter(null, null, AuditAction.LOCKOUT, "Sign-in from", null, null)))
        .isEqualTo(1);
  }

  private long audited(String user, AuditAction action) {
    return audit.count(new AuditFilter(user, null, action, null, null, null));
  }

  private HttpResponse<String> basic(String user, String password) throws Exception {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri("/api/workbook/template"))
                .header("Authorization", "Basic " + credentials)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** A browser with its own cookies that does not follow redirects. */
  private class Browser {
    final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> signIn(String user, String password, boolean withToken) throws Exception {
      String form = "username=" + encode(user) + "&password=" + encode(password);
      if (withToken) {
        String page = get("/login").body();
        String token = null;
        String parameter = null;
        Matcher meta = META.matcher(page);
        while (meta.find()) {
          if (meta.group(1).equals("_csrf")) {
            token = meta.group(2);
          } else {
            parameter = meta.group(2);
          }
        }
        assertThat(token).as("the sign-in page carries its CSRF token").isNotNull();
        form += "&" + parameter + "=" + encode(token);
      }
      return http.send(
          HttpRequest.newBuilder(uri("/login"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
