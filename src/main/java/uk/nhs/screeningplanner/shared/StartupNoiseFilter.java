package uk.nhs.screeningplanner.shared;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.regex.Pattern;
import org.slf4j.Marker;

/**
 * Drops the connection pool's own report of a failed first connection, which prints the whole stack
 * trace of a cause that start-up then reports again ({@link DatabaseUnreachableFailureAnalyzer}
 * says it once, plainly). Nothing else is filtered; configured in logback-spring.xml.
 */
public class StartupNoiseFilter extends TurboFilter {

  /**
   * Flyway's wording of a connection (08…), sign-in (28…) or unknown-database (3D000) failure, the
   * failures {@link DatabaseUnreachableFailureAnalyzer} reports.
   */
  private static final Pattern DATABASE_UNREACHABLE =
      Pattern.compile("SQL State\\s*: (08|28|3D000)");

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (format == null) {
      return FilterReply.NEUTRAL;
    }
    if (level == Level.ERROR
        && logger.getName().startsWith("com.zaxxer.hikari")
        && format.contains("Exception during pool initialization")) {
      return FilterReply.DENY;
    }
    if (level == Level.WARN
        && format.startsWith("Exception encountered during context initialization")
        && DATABASE_UNREACHABLE.matcher(format).find()) {
      return FilterReply.DENY;
    }
    return FilterReply.NEUTRAL;
  }
}
