package uk.nhs.screeningplanner.shared;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Start-up that cannot reach the database (server down, wrong host or port, no such database, wrong
 * user or password) fails with one clear report naming the setting and the cause, instead of the
 * cause repeated through a hundred lines of stack trace. Registered in META-INF/spring.factories;
 * {@link StartupNoiseFilter} drops the connection pool's own copy.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

  private final Environment environment;

  DatabaseUnreachableFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
    if (!isConnectionFailure(cause)) {
      return null;
    }
    String url = environment.getProperty("spring.datasource.url", "(not set)");
    String user = environment.getProperty("spring.datasource.username", "(not set)");
    return new FailureAnalysis(
        "Could not connect to the database at "
            + url
            + " as "
            + user
            + ": "
            + firstLine(cause.getMessage()),
        "Check PLANNER_DB_URL (and PLANNER_DB_USER, PLANNER_DB_PASSWORD; see the README,"
            + " 'Running on PostgreSQL'): the database server must be running and reachable from"
            + " here, the database must exist and the user must be allowed to sign in.",
        cause);
  }

  /** Connection (08…), sign-in (28…) and unknown-database (3D000) failures. */
  private static boolean isConnectionFailure(SQLException e) {
    String state = e.getSQLState();
    return state != null
        && (state.startsWith("08") || state.startsWith("28") || state.equals("3D000"));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}
