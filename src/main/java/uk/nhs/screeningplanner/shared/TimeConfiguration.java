package uk.nhs.screeningplanner.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app, in UK time, so tests can fix "today". */
@Configuration
class TimeConfiguration {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @Bean
  Clock clock() {
    return Clock.system(UK);
  }
}
