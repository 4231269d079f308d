package uk.nhs.screeningplanner;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Vaadin replaces the static security-context strategy each time an application context starts,
 * while {@code @WithMockUser} puts the test user into the strategy bean of the test's own (possibly
 * older, cached) context. Code that reads {@link SecurityContextHolder} statically, such as the
 * audit log's user name, then saw no user whenever a test ran after another context had started.
 * Before each test this makes the static strategy the one of the test's context again.
 */
public class SecurityStrategyTestExecutionListener extends AbstractTestExecutionListener {

  /** Before {@code WithSecurityContextTestExecutionListener} (10000) sets the test user. */
  @Override
  public int getOrder() {
    return 9000;
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (testContext.hasApplicationContext()) {
      testContext
          .getApplicationContext()
          .getBeanProvider(SecurityContextHolderStrategy.class)
          .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
  }
}
