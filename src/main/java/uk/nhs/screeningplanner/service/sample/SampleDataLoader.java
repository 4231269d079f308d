package uk.nhs.screeningplanner.service.sample;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import uk.nhs.screeningplanner.service.ScreeningServiceRepository;

/**
 * On first start, when the database holds no screening service, loads the standard sample service
 * (design.md "Sample data") anchored at the current week. Runs once every bean exists but before
 * the web server accepts requests, so nobody sees a half-loaded service. Turn off with {@code
 * planner.sample-data.load-on-empty=false}.
 */
@Component
@ConditionalOnProperty(name = "planner.sample-data.load-on-empty", matchIfMissing = true)
class SampleDataLoader implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

  private final ScreeningServiceRepository services;
  private final SampleDataWriter writer;
  private final Clock clock;
  private final long seed;

  SampleDataLoader(
      ScreeningServiceRepository services,
      SampleDataWriter writer,
      Clock clock,
      @Value("${planner.sample-data.seed:20261124}") long seed) {
    this.services = services;
    this.writer = writer;
    this.clock = clock;
    this.seed = seed;
  }

  @Override
  public void afterSingletonsInstantiated() {
    loadIfEmpty();
  }

  void loadIfEmpty() {
    if (services.count() > 0) {
      return;
    }
    long started = System.nanoTime();
    LocalDate anchor = SampleServiceGenerator.weekStart(LocalDate.now(clock));
    SampleSpec spec = SampleSpec.standard().withSeed(seed);
    SampleService sample = new SampleServiceGenerator().generate(spec, anchor);
    if (writer.saveIfEmpty(sample)) {
      long millis = (System.nanoTime() - started) / 1_000_000;
      log.info("Loaded the sample service {} in {} ms", sample.summary(), millis);
    }
  }
}
