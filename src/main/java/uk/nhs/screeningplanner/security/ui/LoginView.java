package uk.nhs.screeningplanner.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.nhs.screeningplanner.security.LoginAttempts;

/** The sign-in page every anonymous request is sent to. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Screening Planner")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

  private final LoginForm login = new LoginForm();
  private final LoginI18n i18n = LoginI18n.createDefault();
  private final String lockedMessage;

  public LoginView(LoginAttempts attempts) {
    this.lockedMessage = attempts.lockedMessage();
    addClassName("login-view");
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);

    i18n.getForm().setTitle("Sign in");
    i18n.getForm().setUsername("Username");
    i18n.getErrorMessage().setTitle("Wrong username or password");
    i18n.getErrorMessage()
        .setMessage(
            "Check them and try again. Ask your administrator if your account is disabled.");
    i18n.setAdditionalInformation(null);
    login.setI18n(i18n);
    login.setAction("login");
    login.setForgotPasswordButtonVisible(false);

    H1 title = new H1("Screening Planner");
    title.addClassName("login-title");
    Paragraph strap =
        new Paragraph(
            "Capacity planning for NHS breast screening: clinics, readers and round length.");
    strap.addClassName("login-strap");
    add(title, strap, login);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var parameters = event.getLocation().getQueryParameters().getParameters();
    if (parameters.containsKey("locked")) {
      i18n.getErrorMessage().setTitle("Sign-in paused");
      i18n.getErrorMessage().setMessage(lockedMessage);
      login.setI18n(i18n);
    }
    if (parameters.containsKey("expired")) {
      i18n.getErrorMessage().setTitle("Please sign in again");
      i18n.getErrorMessage()
          .setMessage("The sign-in page had expired. Enter your username and password again.");
      login.setI18n(i18n);
    }
    login.setError(
        parameters.containsKey("error")
            || parameters.containsKey("locked")
            || parameters.containsKey("expired"));
  }
}
