package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the service refused, listed under a form (announced to screen readers) and, where a problem
 * names a field ("Rooms: a static site needs at least one room"), shown beside that field too.
 */
class ProblemList extends UnorderedList {

  private final Function<String, Optional<HasValidation>> fieldNamed;

  ProblemList(String id, Function<String, Optional<HasValidation>> fieldNamed) {
    this.fieldNamed = fieldNamed;
    setId(id);
    addClassName("form-problems");
    // announced when it changes; role=alert would hide that it is a list (axe: listitem)
    getElement().setAttribute("aria-live", "assertive");
    setVisible(false);
  }

  void show(List<String> messages) {
    removeAll();
    messages.forEach(message -> add(new ListItem(message)));
    setVisible(!messages.isEmpty());
    for (String message : messages) {
      int colon = message.indexOf(':');
      if (colon > 0) {
        fieldNamed
            .apply(message.substring(0, colon))
            .ifPresent(
                field -> {
                  field.setErrorMessage(message.substring(colon + 1).trim());
                  field.setInvalid(true);
                });
      }
    }
  }
}
