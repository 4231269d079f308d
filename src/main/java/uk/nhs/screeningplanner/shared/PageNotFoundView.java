package uk.nhs.screeningplanner.shared;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address that does not exist or that the user's role may not open. It does not say
 * which, so a page's existence is not revealed to someone who may not see it.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class PageNotFoundView extends RouteNotFoundError {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    getElement().removeAllChildren();
    H2 heading = new H2("Page not available");
    heading.setId("page-not-available");
    getElement()
        .appendChild(
            heading.getElement(),
            new Paragraph(
                    "The address '"
                        + event.getLocation().getPath()
                        + "' does not exist, or your role does not let you open it.")
                .getElement(),
            new Anchor("", "Go to the overview").getElement());
    getElement().getStyle().set("padding", "var(--lumo-space-m)");
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
