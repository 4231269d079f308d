package uk.nhs.screeningplanner.service.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.nhs.screeningplanner.PostgresTestDatabase;

/**
 * Issue 13 item 4: two imports of the same service at once used to answer 500 now and then (a
 * unique-key violation or an optimistic-lock failure escaping). Every such clash must answer 409
 * with the usual message, on PostgreSQL as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConcurrentImportTest {

  private static final int ROUNDS = 8;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresTestDatabase.register(registry);
  }

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void twoImportsOfANewServiceAtOnceAnswer200And409NeverA500() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      byte[] file = TestWorkbooks.fixture("RACE" + round);
      for (HttpResponse<String> response : both(file, file)) {
        statuses.add(response.statusCode());
        if (response.statusCode() == 409) {
          conflicts.add(response.body());
        }
      }
    }

    assertThat(statuses).doesNotContain(500).allMatch(s -> s == 200 || s == 409).contains(200);
    assertThat(conflicts).allSatisfy(body -> assertThat(body).contains("nothing was imported"));
  }

  @Test
  void twoChangingImportsOfAnExistingServiceAtOnceNeverAnswer500() throws Exception {
    WorkbookService service = WorkbookFixtures.smallService("RACEX").rows();
    byte[] original = WorkbookFixtures.write(List.of(service));
    byte[] edited = WorkbookFixtures.write(List.of(WorkbookImportChangesTest.edited(service)));
    assertThat(both(original, original)).isNotEmpty();
    List<Integer> statuses = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      both(edited, original).forEach(r -> statuses.add(r.statusCode()));
    }

    assertThat(statuses).doesNotContain(500).allMatch(s -> s == 200 || s == 409);
  }

  /** Posts both files at the same moment and waits for both answers. */
  private List<HttpResponse<String>> both(byte[] a, byte[] b) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    CompletableFuture<HttpResponse<String>> first =
        CompletableFuture.supplyAsync(() -> post(a, start));
    CompletableFuture<HttpResponse<String>> second =
        CompletableFuture.supplyAsync(() -> post(b, start));
    return List.of(first.get(), second.get());
  }

  private HttpResponse<String> post(byte[] file, CyclicBarrier start) {
    try {
      start.await();
      return http.send(
          HttpRequest.newBuilder(
                  URI.create(
                      "http://localhost:" + port + "/api/workbook/import?allowRemovals=true"))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString(
                              "manager:manager-demo-2026".getBytes(StandardCharsets.UTF_8)))
              .header("X-Requested-With", "script")
              .header("Content-Type", "application/octet-stream")
              .POST(HttpRequest.BodyPublishers.ofByteArray(file))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
