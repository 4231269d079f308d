package uk.nhs.screeningplanner.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import uk.nhs.screeningplanner.security.Role;
import uk.nhs.screeningplanner.security.UserService;
import uk.nhs.screeningplanner.shared.UserMessages;

/** Asks for a new user's name, role and first password. */
class NewUserDialog extends Dialog {

  NewUserDialog(UserService users, Runnable afterSave) {
    setHeaderTitle("Add user");
    TextField username = new TextField("Username");
    username.setId("new-username");
    username.setHelperText("Lower-case letters, digits, dots, hyphens; e.g. j.smith");
    TextField name = new TextField("Full name");
    name.setId("new-display-name");
    ComboBox<Role> role = new ComboBox<>("Role");
    role.setId("new-role");
    role.setItems(Role.values());
    role.setItemLabelGenerator(r -> r.label() + " — " + r.description());
    role.setValue(Role.EXECUTIVE);
    PasswordField password = new PasswordField("First password");
    password.setId("new-password");
    password.setHelperText("At least 10 characters; tell the user to keep it private");
    add(new FormLayout(username, name, role, password));
    Button save =
        new Button(
            "Add user",
            e -> {
              try {
                users.create(
                    username.getValue(), name.getValue(), role.getValue(), password.getValue());
                UserMessages.showSaved("Added " + username.getValue());
                close();
                afterSave.run();
              } catch (RuntimeException problem) {
                UserMessages.showProblem(problem);
              }
            });
    save.setId("save-user");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), save);
  }
}
