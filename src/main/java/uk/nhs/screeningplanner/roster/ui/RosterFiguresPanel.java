package uk.nhs.screeningplanner.roster.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import uk.nhs.screeningplanner.roster.RosterFigures;

/**
 * The roster's figures against the best any roster could do: late case-days beside the lower bound,
 * days to result, the queue at the start and the end, and whether capacity is short.
 */
final class RosterFiguresPanel extends Div {

  RosterFiguresPanel(RosterFigures f) {
    setId("roster-figures");
    Paragraph bound = new Paragraph(f.lateVersusBound());
    bound.setId("roster-bound");
    Paragraph days = new Paragraph(f.daysToResult());
    days.setId("roster-days-to-result");
    Paragraph queue = new Paragraph(f.queue());
    queue.setId("roster-queue");
    add(bound, days, queue);
    if (!f.capacity().isEmpty()) {
      Paragraph capacity = new Paragraph(f.capacity());
      capacity.setId("roster-capacity");
      if (f.shortPerWeek() > 0 || f.backlogAtEnd() > f.backlogAtStart()) {
        capacity.getStyle().set("color", "#d5281b").set("font-weight", "600");
      }
      add(capacity);
    }
    getStyle().set("margin", "0");
  }
}
