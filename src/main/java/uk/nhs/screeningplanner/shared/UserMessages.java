package uk.nhs.screeningplanner.shared;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.security.access.AccessDeniedException;

/**
 * Turns what went wrong into words for the user. Views call {@link #showProblem(RuntimeException)}
 * in their catch blocks; anything unexpected is logged and shown as a plain apology, never a stack
 * trace.
 */
public final class UserMessages {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UserMessages.class);

  private UserMessages() {}

  /** The sentence to show for an exception a service threw. */
  public static String describe(Throwable problem) {
    if (problem instanceof ValidationException invalid) {
      return String.join("\n", invalid.problems());
    }
    if (problem instanceof ConcurrentEditException || problem instanceof NotFoundException) {
      return problem.getMessage();
    }
    if (Conflicts.isConflict(problem)) {
      return Conflicts.MESSAGE;
    }
    if (problem instanceof AccessDeniedException) {
      return "Your role does not allow this change. Ask a service manager or administrator.";
    }
    log.error("Unexpected error shown to the user as a generic message", problem);
    return "Something went wrong and nothing was changed. Try again; if it happens again, tell"
        + " your administrator (the details are in the server log).";
  }

  public static void showProblem(RuntimeException problem) {
    Notification notification =
        Notification.show(describe(problem), 8000, Notification.Position.MIDDLE);
    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    notification.addClassName("problem-notification");
  }

  public static void showSaved(String message) {
    Notification notification =
        Notification.show(message, 3000, Notification.Position.BOTTOM_START);
    notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    notification.addClassName("saved-notification");
  }
}
