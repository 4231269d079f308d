package uk.nhs.screeningplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 13 item 6: security headers on every answer, a SameSite session cookie, no session id in
 * addresses, and unknown API addresses answered in JSON. That Vaadin works under the policy is
 * checked by the browser tests, which fail on any policy violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void pagesCarryTheSecurityHeadersAndALaxSessionCookie() throws Exception {
    HttpResponse<String> login = get("/login", null, "text/html");

    assertThat(login.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
    assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(login.headers().firstValue("Permissions-Policy"))
        .hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("JSESSIONID=")
                    .contains("SameSite=Lax")
                    .contains("HttpOnly"));
  }

  @Test
  void theRedirectToSignInCarriesNoSessionIdInTheAddress() throws Exception {
    HttpResponse<String> response = get("/staff", null, "text/html");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContainIgnoringCase("jsessionid"));
  }

  @Test
  void anUnknownApiAddressAnswers404InJsonWithoutASession() throws Exception {
    HttpResponse<String> response = get("/api/no-such-thing", "manager:manager-demo-2026", "*/*");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(response.body()).contains("\"status\":404").doesNotContain("<html");
    assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void theFaviconIsServedToEveryone() throws Exception {
    // issue 13, pages list: /favicon.ico was a 404 on every page
    HttpResponse<String> response = get("/favicon.ico", null, "image/*");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("image/"));
  }

  private HttpResponse<String> get(String path, String credentials, String accept)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept);
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
