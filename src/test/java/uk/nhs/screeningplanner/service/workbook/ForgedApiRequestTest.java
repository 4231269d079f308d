package uk.nhs.screeningplanner.service.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
 * Issue 13 item 1: a page on another (or the same) site can make a browser send a "simple" request
 * (text/plain, form-encoded or multipart body, no custom header) without a CORS preflight, with the
 * Basic credentials the browser remembers. Every change through the API must be refused unless it
 * carries the {@code X-Requested-With} header and a non-simple body type, which only a script (or a
 * page the server allowed through CORS, which this one never does) can send.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForgedApiRequestTest {

  private static final String MANAGER = "manager:manager-demo-2026";

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aForgedTextPlainImportIsRefusedAndChangesNothing() throws Exception {
    byte[] file = TestWorkbooks.fixture("FORGEA");

    HttpResponse<String> forged =
        send(
            request("/api/workbook/import")
                .header("Authorization", basic(MANAGER))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("X-Requested-With");
    assertThat(exportStatus("FORGEA")).isEqualTo(404);
  }

  @Test
  void aForgedFormEncodedImportIsRefused() throws Exception {
    HttpResponse<String> forged =
        send(
            request("/api/workbook/import")
                .header("Authorization", basic(MANAGER))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("file=PK")));

    assertThat(forged.statusCode()).isEqualTo(403);
  }

  @Test
  void aForgedMultipartImportWithoutTheHeaderIsRefusedAndChangesNothing() throws Exception {
    HttpResponse<String> forged =
        send(multipart("/api/workbook/import", TestWorkbooks.fixture("FORGEB")));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(exportStatus("FORGEB")).isEqualTo(404);
  }

  @Test
  void aForgedCheckIsRefusedToo() throws Exception {
    HttpResponse<String> forged =
        send(multipart("/api/workbook/check", TestWorkbooks.fixture("FORGEC")));

    assertThat(forged.statusCode()).isEqualTo(403);
  }

  @Test
  void withTheHeaderButASimpleBodyTypeTheChangeIsRefusedWith415() throws Exception {
    HttpResponse<String> refused =
        send(
            request("/api/workbook/import")
                .header("Authorization", basic(MANAGER))
                .header("X-Requested-With", "script")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(TestWorkbooks.fixture("FORGED"))));

    assertThat(refused.statusCode()).isEqualTo(415);
    assertThat(refused.body()).contains("application/octet-stream");
    assertThat(exportStatus("FORGED")).isEqualTo(404);
  }

  @Test
  void aScriptWithTheHeaderImports() throws Exception {
    HttpResponse<String> imported =
        send(
            multipart("/api/workbook/import", TestWorkbooks.fixture("SCRIPT"))
                .header("X-Requested-With", "script"));

    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(exportStatus("SCRIPT")).isEqualTo(200);
  }

  @Test
  void aMultipartUploadWithoutAFilePartSaysSo() throws Exception {
    // issue 13 item 7: this said "The file is empty"
    String boundary = "----no-file-part";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"workbook\"; filename=\"a.xlsx\""
            + "\r\nContent-Type: application/octet-stream\r\n\r\nPK\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> response =
        send(
            request("/api/workbook/check")
                .header("Authorization", basic(MANAGER))
                .header("X-Requested-With", "script")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("The upload has no part named 'file' (it has workbook)");
  }

  @Test
  void aMalformedExpectedFingerprintIsNamedAsSuchNotAsSomeoneElsesChange() throws Exception {
    // issue 13 item 7: this said someone had changed the data
    HttpResponse<String> response =
        send(
            multipart(
                    "/api/workbook/import?expect=not-a-fingerprint",
                    TestWorkbooks.fixture("EXPECT"))
                .header("X-Requested-With", "script"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("'expect' must be the fingerprint")
        .doesNotContain("changed");
    assertThat(exportStatus("EXPECT")).isEqualTo(404);
  }

  @Test
  void aBrowserAskingForAPageIsNotOfferedTheBasicSignInPrompt() throws Exception {
    HttpResponse<String> response =
        send(
            request("/api/workbook/template")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  private int exportStatus(String service) throws Exception {
    return send(request("/api/workbook/export?service=" + service)
            .header("Authorization", basic(MANAGER)))
        .statusCode();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private HttpRequest.Builder multipart(String path, byte[] file) {
    String boundary = "----forged-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\";"
            + " filename=\"forged.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return request(path)
        .header("Authorization", basic(MANAGER))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }
}
