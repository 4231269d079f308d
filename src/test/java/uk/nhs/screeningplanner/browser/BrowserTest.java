package uk.nhs.screeningplanner.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every browser test shares: the test profile, one Chromium session for the class against the
 * app on its random port, closed at the end. Subclasses add {@code @SpringBootTest(webEnvironment =
 * RANDOM_PORT, ...)} with their own properties.
 */
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

  @LocalServerPort int port;
  BrowserSession browser;

  @BeforeAll
  void startBrowser() throws Exception {
    browser = new BrowserSession(port);
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
