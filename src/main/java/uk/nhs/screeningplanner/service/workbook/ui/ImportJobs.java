package uk.nhs.screeningplanner.service.workbook.ui;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Runs workbook checks and imports off the UI thread, as the signed-in user. Two at a time at most,
 * so several large uploads at once queue rather than share the memory.
 */
@Component
class ImportJobs {

  private final AtomicInteger threads = new AtomicInteger();
  private final ExecutorService executor =
      Executors.newFixedThreadPool(
          2,
          task -> {
            Thread thread = new Thread(task, "workbook-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  Future<?> run(SecurityContext user, Runnable task) {
    return executor.submit(new DelegatingSecurityContextRunnable(task, user));
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
