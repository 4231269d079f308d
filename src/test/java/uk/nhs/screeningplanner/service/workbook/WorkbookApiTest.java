package uk.nhs.screeningplanner.service.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The REST endpoint takes the same workbook as the upload in the UI, with HTTP Basic, no session
 * and no CSRF token (but the X-Requested-With header for changes); the roles are the same as in the
 * UI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkbookApiTest {

  private static final String MANAGER = "manager:manager-demo-2026";

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  @Test
  void withoutCredentialsTheApiAnswers401() throws Exception {
    HttpResponse<byte[]> response = send(get("/api/workbook/template"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
  }

  @Test
  void theTemplateDownloadsAsAnXlsx() throws Exception {
    HttpResponse<byte[]> response =
        send(get("/api/workbook/template").header("Authorization", basic(MANAGER)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"service-workbook-template.xlsx\"");
    assertThat(new String(response.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void aManagerChecksThenImportsAWorkbookWithoutACsrfToken() throws Exception {
    byte[] file = TestWorkbooks.fixture("API");

    HttpResponse<byte[]> checked =
        send(
            post("/api/workbook/check", MANAGER)
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    JsonNode preview = json.readTree(checked.body());
    assertThat(checked.statusCode()).isEqualTo(200);
    assertThat(preview.get("valid").asBoolean()).isTrue();
    assertThat(preview.get("applied").asBoolean()).isFalse();
    String fingerprint = preview.get("preview").get("fingerprint").asText();

    HttpResponse<byte[]> imported =
        send(multipart("/api/workbook/import?expect=" + fingerprint, MANAGER, file));
    JsonNode result = json.readTree(imported.body());
    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(result.get("applied").asBoolean()).isTrue();
    assertThat(result.get("summary").asText()).startsWith("Imported api.xlsx: Settings: 1 added;");
  }

  @Test
  void aWorkbookWithErrorsAnswers422WithEachErrorInParts() throws Exception {
    byte[] broken =
        TestWorkbooks.edit(
            TestWorkbooks.fixture("APIBAD"),
            wb -> TestWorkbooks.cell(wb, "Staff", "D2").setCellValue("Radiolgist"));

    HttpResponse<byte[]> response = send(multipart("/api/workbook/import", MANAGER, broken));

    JsonNode body = json.readTree(response.body());
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(body.get("applied").asBoolean()).isFalse();
    JsonNode error = body.get("errors").get(0);
    assertThat(error.get("sheet").asText()).isEqualTo("Staff");
    assertThat(error.get("row").asInt()).isEqualTo(2);
    assertThat(error.get("column").asText()).isEqualTo("Skills");
    assertThat(error.get("value").asText()).isEqualTo("Radiolgist");
    assertThat(error.get("text").asText())
        .startsWith("Staff row 2, column 'Skills': 'Radiolgist' is not a known skill;");
  }

  @Test
  void anExecutiveMayExportButNotImport() throws Exception {
    String executive = "executive:executive-demo-2026";

    HttpResponse<byte[]> export =
        send(get("/api/workbook/export").header("Authorization", basic(executive)));
    HttpResponse<byte[]> refused =
        send(multipart("/api/workbook/import", executive, TestWorkbooks.fixture("EXEC")));

    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private HttpRequest.Builder post(String path, String user) {
    return get(path)
        .header("Authorization", basic(user))
        .header("Content-Type", "application/octet-stream")
        .header("X-Requested-With", "script")
        .header("X-File-Name", "api.xlsx");
  }

  private HttpRequest.Builder multipart(String path, String user, byte[] file) {
    String boundary = "----workbook-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\";"
            + " filename=\"api.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return get(path)
        .header("Authorization", basic(user))
        .header("X-Requested-With", "script")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }
}
