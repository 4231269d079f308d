package uk.nhs.screeningplanner.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Any exception a view did not handle becomes a plain message, never a stack trace. */
@Component
class FriendlyErrorHandler implements VaadinServiceInitListener {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(handler()));
  }

  private static ErrorHandler handler() {
    return (ErrorEvent error) -> {
      Throwable problem = error.getThrowable();
      while (problem.getCause() != null
          && !(problem instanceof ValidationException)
          && !(problem instanceof ConcurrentEditException)
          && !(problem instanceof NotFoundException)
          && !(problem instanceof org.springframework.security.access.AccessDeniedException)) {
        problem = problem.getCause();
      }
      RuntimeException shown =
          problem instanceof RuntimeException runtime
              ? runtime
              : new IllegalStateException(problem);
      if (UI.getCurrent() != null) {
        UI.getCurrent().access(() -> UserMessages.showProblem(shown));
      }
    };
  }
}
