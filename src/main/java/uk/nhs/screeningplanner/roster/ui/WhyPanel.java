package uk.nhs.screeningplanner.roster.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import uk.nhs.screeningplanner.roster.RosterExplanation;

/** "Why?": the score by rule (hard, medium, soft) and by reader, one plain sentence a breach. */
final class WhyPanel extends Div {

  private static final int SHOWN = 25;

  WhyPanel(RosterExplanation why) {
    setId("roster-why-panel");
    add(new H3("Why the roster scores as it does"));
    add(new Paragraph(ReaderRosterView.inWords(why.score()) + "."));
    add(
        new Paragraph(
            "Hard rules must never break. Medium counts cases × working days read after the"
                + " target. Soft covers reading volumes, fairness, wishes, wasted sessions and"
                + " changes to a published roster. Each rule below shows what it costs."));
    if (why.rules().isEmpty()) {
      add(new Paragraph("No rule is broken."));
    }
    for (RosterExplanation.Rule rule : why.rules()) {
      Details d =
          new Details(
              rule.name()
                  + " — "
                  + rule.level().substring(2)
                  + ", costs "
                  + String.format("%,d", rule.cost()),
              list(rule.details()));
      d.addClassName("why-rule");
      add(d);
    }
    if (!why.byReader().isEmpty()) {
      add(new H3("By reader"));
      why.byReader()
          .forEach(
              (reader, lines) -> add(new Details(reader + " (" + lines.size() + ")", list(lines))));
    }
  }

  private static UnorderedList list(List<String> lines) {
    UnorderedList list = new UnorderedList();
    lines.stream().limit(SHOWN).forEach(l -> list.add(new ListItem(l)));
    if (lines.size() > SHOWN) {
      list.add(
          new ListItem(
              "… and " + (lines.size() - SHOWN) + " more (all in the export's Score sheet)"));
    }
    return list;
  }
}
