package uk.nhs.screeningplanner.roster.ui;

import com.vaadin.flow.component.HasStyle;
import uk.nhs.screeningplanner.roster.domain.ReadingRole;

/**
 * How a role looks in the grid: a pale fill with dark text (contrast above 7:1) plus its letter, so
 * no one needs to tell colours apart (WCAG 1.4.1).
 */
final class RoleLook {

  static final String FIRST = "#c6dff5";
  static final String SECOND = "#cfebd3";
  static final String ARBITRATION = "#ffe3b3";
  static final String OFF = "#d8dde0";

  private RoleLook() {}

  static String colour(ReadingRole role) {
    return switch (role) {
      case FIRST_READ -> FIRST;
      case SECOND_READ -> SECOND;
      case ARBITRATION -> ARBITRATION;
    };
  }

  static void chip(HasStyle c, String background) {
    c.getStyle()
        .set("background", background)
        .set("color", "#212b32")
        .set("border", "1px solid #aeb7bd")
        .set("border-radius", "4px")
        .set("min-width", "3.6em")
        .set("padding", "0 4px")
        .set("margin", "0")
        .set("font-size", "var(--lumo-font-size-s)");
  }
}
