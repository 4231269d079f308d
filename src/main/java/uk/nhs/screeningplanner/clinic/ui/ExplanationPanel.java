package uk.nhs.screeningplanner.clinic.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.nhs.screeningplanner.clinic.RuleBreach;

/** Why the plan scores as it does: each rule's count and cost, then every breach by person. */
class ExplanationPanel extends VerticalLayout {

  record RuleTotal(String level, String rule, int count, long penalty) {}

  private final Grid<RuleTotal> byRule = new Grid<>();
  private final Grid<RuleBreach> details = new Grid<>();
  private final ComboBox<String> person = new ComboBox<>("Person");
  private final ComboBox<String> rule = new ComboBox<>("Rule");
  private List<RuleBreach> breaches = List.of();

  ExplanationPanel() {
    setPadding(false);
    byRule.setId("clinic-why-rules");
    byRule.setAllRowsVisible(true);
    byRule.addColumn(RuleTotal::level).setHeader("Level").setWidth("90px").setFlexGrow(0);
    byRule.addColumn(RuleTotal::rule).setHeader("Rule");
    byRule.addColumn(RuleTotal::count).setHeader("Times");
    byRule.addColumn(RuleTotal::penalty).setHeader("Cost");
    byRule.addItemClickListener(e -> rule.setValue(e.getItem().rule()));
    person.setId("clinic-why-person");
    person.setClearButtonVisible(true);
    person.addValueChangeListener(e -> filter());
    rule.setId("clinic-why-rule");
    rule.setClearButtonVisible(true);
    rule.addValueChangeListener(e -> filter());
    details.setId("clinic-why-details");
    details.setHeight("420px");
    details.addColumn(RuleBreach::level).setHeader("Level").setWidth("90px").setFlexGrow(0);
    details.addColumn(RuleBreach::rule).setHeader("Rule").setAutoWidth(true).setFlexGrow(0);
    details.addColumn(RuleBreach::description).setHeader("What is wrong").setFlexGrow(1);
    add(
        new Paragraph(
            "Hard rules are never broken by the solver (a hand edit can break them, and then the plan"
                + " cannot be published). Medium counts screening or assessment slots lost to empty"
                + " required positions. Soft weighs fairness, preferences, travel, keeping van teams"
                + " together and not changing the published plan. Click a rule to list its cases."),
        byRule,
        new H4("Every case"),
        new HorizontalLayout(rule, person),
        details);
  }

  void show(List<RuleBreach> all) {
    this.breaches = all;
    Map<String, RuleTotal> totals = new LinkedHashMap<>();
    for (RuleBreach b : all) {
      totals.merge(
          b.rule(),
          new RuleTotal(b.level(), b.rule(), 1, b.penalty()),
          (x, y) -> new RuleTotal(x.level(), x.rule(), x.count() + 1, x.penalty() + y.penalty()));
    }
    byRule.setItems(totals.values());
    rule.setItems(totals.keySet());
    person.setItems(
        all.stream()
            .map(RuleBreach::person)
            .filter(p -> p != null && !p.isBlank())
            .distinct()
            .sorted()
            .toList());
    filter();
  }

  private void filter() {
    details.setItems(
        breaches.stream()
            .filter(b -> rule.getValue() == null || Objects.equals(rule.getValue(), b.rule()))
            .filter(b -> person.getValue() == null || Objects.equals(person.getValue(), b.person()))
            .toList());
  }
}
