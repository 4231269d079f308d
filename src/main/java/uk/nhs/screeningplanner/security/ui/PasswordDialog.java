package uk.nhs.screeningplanner.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import uk.nhs.screeningplanner.security.AppUser;
import uk.nhs.screeningplanner.security.UserService;
import uk.nhs.screeningplanner.shared.UserMessages;

/** Sets a new password for a user who has forgotten theirs. */
class PasswordDialog extends Dialog {

  PasswordDialog(UserService users, AppUser user) {
    setHeaderTitle("Reset password of " + user.getUsername());
    PasswordField password = new PasswordField("New password");
    password.setHelperText("At least 10 characters");
    password.setWidthFull();
    add(password);
    Button save =
        new Button(
            "Set password",
            e -> {
              try {
                users.resetPassword(user.getId(), password.getValue());
                UserMessages.showSaved("Password of " + user.getUsername() + " changed");
                close();
              } catch (RuntimeException problem) {
                UserMessages.showProblem(problem);
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), save);
  }
}
