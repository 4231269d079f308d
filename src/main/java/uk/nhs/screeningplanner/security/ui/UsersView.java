package uk.nhs.screeningplanner.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import uk.nhs.screeningplanner.security.AppUser;
import uk.nhs.screeningplanner.security.Role;
import uk.nhs.screeningplanner.security.UserService;
import uk.nhs.screeningplanner.shared.UserMessages;

/** Administrators add users, change their role, reset passwords and disable them. */
@Route("users")
@PageTitle("Users | Screening Planner")
@Menu(title = "Users", order = 100, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/London"));

  private final UserService users;
  private final Grid<AppUser> grid = new Grid<>(AppUser.class, false);

  public UsersView(UserService users) {
    this.users = users;
    setSizeFull();
    Button add = new Button("Add user", e -> new NewUserDialog(users, this::refresh).open());
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.setId("add-user");
    add(
        new H2("Users"),
        new Paragraph(
            "Who can sign in and what their role lets them do. Users are never deleted, only"
                + " disabled, so the audit log always shows who made each change."),
        add,
        grid);
    configureGrid();
    refresh();
  }

  private void configureGrid() {
    grid.setId("users-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(AppUser::getUsername).setHeader("Username").setAutoWidth(true);
    grid.addColumn(AppUser::getDisplayName).setHeader("Name").setAutoWidth(true);
    grid.addComponentColumn(this::roleSelector).setHeader("Role").setAutoWidth(true);
    grid.addComponentColumn(this::status).setHeader("Status").setAutoWidth(true);
    grid.addColumn(u -> DATE.format(u.getCreatedAt())).setHeader("Created").setAutoWidth(true);
    grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
  }

  private ComboBox<Role> roleSelector(AppUser user) {
    ComboBox<Role> role = new ComboBox<>();
    role.setItems(Role.values());
    role.setItemLabelGenerator(Role::label);
    role.setValue(user.getRole());
    role.setAriaLabel("Role of " + user.getUsername());
    role.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            try {
              users.changeRole(user.getId(), e.getValue());
              UserMessages.showSaved(user.getUsername() + " is now " + e.getValue().label());
            } catch (RuntimeException problem) {
              UserMessages.showProblem(problem);
            }
            refresh();
          }
        });
    return role;
  }

  private Span status(AppUser user) {
    Span badge = new Span(user.isEnabled() ? "Active" : "Disabled");
    badge.getElement().getThemeList().add(user.isEnabled() ? "badge success" : "badge error");
    return badge;
  }

  private HorizontalLayout actions(AppUser user) {
    Button toggle =
        new Button(
            user.isEnabled() ? "Disable" : "Enable",
            e -> {
              try {
                users.setEnabled(user.getId(), !user.isEnabled());
              } catch (RuntimeException problem) {
                UserMessages.showProblem(problem);
              }
              refresh();
            });
    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
    Button reset = new Button("Reset password", e -> new PasswordDialog(users, user).open());
    reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return new HorizontalLayout(toggle, reset);
  }

  private void refresh() {
    grid.setItems(users.all());
  }
}
