package uk.nhs.screeningplanner.clinic.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import uk.nhs.screeningplanner.clinic.Position;
import uk.nhs.screeningplanner.clinic.PositionView;
import uk.nhs.screeningplanner.clinic.SessionView;

/** A session in a calendar cell: slots and invitations, then each position and who fills it. */
final class SessionCell {

  private SessionCell() {}

  static Div of(SessionView s, Runnable onClick) {
    Div cell = new Div();
    cell.addClassName("clinic-cell");
    cell.setId("session-" + s.id());
    if (s.missing() > 0) {
      cell.addClassName("cannot-run");
    }
    if (!s.required()) {
      cell.addClassName("spare");
    }
    Span head =
        new Span(
            s.required()
                ? s.slots() + " slots · invite " + s.invitations()
                : "Spare: " + s.slots() + " slots, nobody to invite");
    head.addClassName("session-head");
    head.addClassName("session-head");
    cell.add(head);
    for (PositionView p : s.positions()) {
      if (s.required() || p.filled()) {
        cell.add(position(p));
      }
    }
    cell.getElement()
        .setAttribute(
            "title",
            s.kind().label()
                + ", "
                + s.siteName()
                + " "
                + s.startTime()
                + "–"
                + s.endTime()
                + ". Click to edit.");
    cell.addClickListener(e -> onClick.run());
    return cell;
  }

  static Span position(PositionView p) {
    String who = p.staffName() != null ? p.staffName() : p.required() ? "UNFILLED" : "—";
    Span span = new Span(shortLabel(p.position()) + ": " + who + (p.pinned() ? " · pinned" : ""));
    span.addClassName("pos");
    if (p.missing()) {
      span.addClassName("missing");
    } else if (p.pinned()) {
      span.addClassName("pinned");
    } else if (p.staffName() == null) {
      span.addClassName("optional-empty");
    }
    return span;
  }

  static String shortLabel(Position p) {
    return switch (p) {
      case LEAD -> "Lead";
      case SECOND -> "2nd";
      case THIRD -> "3rd";
      case ASSESSOR -> "Assessor";
      case ASSESSMENT_MAMMOGRAPHER -> "Mammo";
      case BREAST_CARE_NURSE -> "BCN";
    };
  }
}
