package uk.nhs.screeningplanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 13 item 8: start-up with a database that cannot be reached printed the cause three times in
 * about a hundred lines of stack trace. Now it fails with one report naming PLANNER_DB_URL and the
 * cause, once.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupFailureTest {

  @Test
  void anUnreachableDatabaseFailsWithOneClearReportNamingTheSetting(CapturedOutput output) {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(ScreeningPlannerApplication.class)
                    .profiles("postgres")
                    .run(
                        "--spring.datasource.url=jdbc:postgresql://localhost:1/nowhere",
                        "--spring.datasource.username=planner",
                        "--server.port=0",
                        "--planner.sample-data.load-on-empty=false",
                        "--planner.security.demo-users=false"))
        .isNotNull();

    String log = output.getAll();
    assertThat(log)
        .contains(
            "Could not connect to the database at jdbc:postgresql://localhost:1/nowhere as"
                + " planner: Connection to localhost:1 refused")
        .contains("Check PLANNER_DB_URL");
    assertThat(occurrences(log, "Connection to localhost:1 refused")).isEqualTo(1);
    assertThat(log).doesNotContain("\tat org.");
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
