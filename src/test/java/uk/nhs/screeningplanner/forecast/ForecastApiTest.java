package uk.nhs.screeningplanner.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.forecast.model.Kpis;

/** {@code GET /api/forecast}: HTTP Basic, any role, the service's own figures. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "planner.test.context=forecast-api")
@ActiveProfiles("test")
class ForecastApiTest {

  @LocalServerPort int port;
  @Autowired ForecastService forecasts;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> get(String credentials) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/forecast"));
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withoutCredentialsItAnswers401() throws Exception {
    assertThat(get(null).statusCode()).isEqualTo(401);
  }

  @Test
  void anExecutiveGetsTheKpisTheServiceComputes() throws Exception {
    HttpResponse<String> response = get("executive:executive-demo-2026");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(body.get("periods")).hasSize(4);
    JsonNode year = body.get("periods").get(2);
    assertThat(year.get("months").asInt()).isEqualTo(12);
    Kpis k = forecasts.report(null).baseline().kpis(12);
    assertThat(year.get("kpis").get("readingLoad").asDouble())
        .isCloseTo(k.readingLoad(), within(1e-9));
    assertThat(year.get("kpis").get("womenOverdue").asDouble())
        .isCloseTo(k.womenOverdue(), within(1e-6));
    assertThat(year.get("byQuintile").get("1").get("pctResultsWithinStandard")).isNotNull();
    assertThat(body.get("weeks").size()).isBetween(156, 158);
    assertThat(body.get("summary").size()).isPositive();
  }
}
