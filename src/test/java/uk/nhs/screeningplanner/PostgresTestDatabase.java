package uk.nhs.screeningplanner;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL these machines run on localhost:5432 (trust auth, database {@code test}).
 * Each test context gets its own fresh schema. Without a reachable server the tests are skipped
 * with a message, except under CI, where they fail.
 */
public final class PostgresTestDatabase {

  static final String URL =
      System.getenv().getOrDefault("PLANNER_TEST_PG_URL", "jdbc:postgresql://localhost:5432/test");
  static final String USER = System.getenv().getOrDefault("PLANNER_TEST_PG_USER", "postgres");

  private PostgresTestDatabase() {}

  public static void register(DynamicPropertyRegistry registry) {
    String schema =
        "planner_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    ensureReachable();
    registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + schema);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.flyway.schemas", () -> schema);
    registry.add("spring.flyway.default-schema", () -> schema);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(schema)));
  }

  private static void drop(String schema) {
    try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
      connection.createStatement().execute("drop schema if exists " + schema + " cascade");
    } catch (SQLException e) {
      // the schema is left behind; harmless in a throwaway test database
    }
  }

  private static void ensureReachable() {
    try (Connection ignored = DriverManager.getConnection(URL, USER, "")) {
      // reachable
    } catch (SQLException e) {
      String why = "PostgreSQL is not reachable at " + URL + " as " + USER + ": " + e.getMessage();
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(why + " (CI is set, so this is a failure)", e);
      }
      Assumptions.abort(why + " — skipping the PostgreSQL tests (set CI to make this fail)");
    }
  }
}
