package uk.nhs.screeningplanner.shared;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;

/**
 * The frame around every signed-in page: NHS-blue header with the user and sign-out, and a side
 * navigation listing only the views the user's role may open. Views declare themselves with
 * {@code @Menu}, so this layout knows no feature.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

  public MainLayout(AuthenticationContext auth) {
    setPrimarySection(Section.DRAWER);
    // The page content scrolls inside the layout's own region; a keyboard user must be able to
    // focus it to scroll a page with nothing else focusable (WCAG 2.1.1; axe
    // scrollable-region-focusable).
    addAttachListener(
        e ->
            getElement()
                .executeJs(
                    "const c = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
                        + " if (c) { c.setAttribute('tabindex', '0'); }"));
    addToNavbar(true, header(auth));
    addToDrawer(brand(), new Scroller(navigation()));
  }

  private static HorizontalLayout header(AuthenticationContext auth) {
    DrawerToggle toggle = new DrawerToggle();
    toggle.setAriaLabel("Show or hide the menu");
    Span spacer = new Span();
    HorizontalLayout header = new HorizontalLayout(toggle, spacer);
    header.setFlexGrow(1, spacer);
    header.setWidthFull();
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.addClassName("app-header");
    auth.getPrincipalName()
        .ifPresent(
            name -> {
              String roles =
                  auth.getGrantedAuthorities().stream()
                      .map(GrantedAuthority::getAuthority)
                      .map(a -> a.replace("ROLE_", "").replace('_', ' ').toLowerCase())
                      .map(a -> Character.toUpperCase(a.charAt(0)) + a.substring(1))
                      .collect(Collectors.joining(", "));
              Span user = new Span(name + " · " + roles);
              user.addClassName("app-user");
              user.setId("current-user");
              Button signOut =
                  new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
              signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
              signOut.setId("sign-out");
              header.add(user, signOut);
            });
    return header;
  }

  private static HorizontalLayout brand() {
    Span name = new Span("Screening Planner");
    name.addClassName("app-brand");
    Span nhs = new Span("NHS");
    nhs.addClassName("nhs-logo");
    HorizontalLayout brand = new HorizontalLayout(nhs, name);
    brand.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    brand.addClassName("app-brand-bar");
    return brand;
  }

  private static SideNav navigation() {
    SideNav nav = new SideNav();
    nav.setId("main-nav");
    for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
      SideNavItem item = new SideNavItem(entry.title(), entry.path());
      if (entry.icon() != null && !entry.icon().isBlank()) {
        item.setPrefixComponent(new com.vaadin.flow.component.icon.Icon(entry.icon()));
      }
      nav.addItem(item);
    }
    return nav;
  }
}
