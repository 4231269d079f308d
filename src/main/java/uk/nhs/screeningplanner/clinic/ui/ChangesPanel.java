package uk.nhs.screeningplanner.clinic.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import uk.nhs.screeningplanner.clinic.PlanChange;

/** What differs from the published plan: check it before publishing a replan. */
class ChangesPanel extends VerticalLayout {

  private final Grid<PlanChange> grid = new Grid<>();
  private final Paragraph count = new Paragraph();

  ChangesPanel() {
    setPadding(false);
    count.setId("clinic-changes-count");
    grid.setId("clinic-changes-grid");
    grid.setAllRowsVisible(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(c -> PlanText.DAY.format(c.date()) + " " + c.half())
        .setHeader("When")
        .setWidth("110px")
        .setFlexGrow(0);
    grid.addColumn(PlanChange::where).setHeader("Where").setFlexGrow(1);
    grid.addColumn(c -> c.position().label()).setHeader("Position").setFlexGrow(1);
    grid.addColumn(PlanChange::published).setHeader("Published").setFlexGrow(1);
    grid.addColumn(PlanChange::now).setHeader("Now").setFlexGrow(1);
    grid.addColumn(PlanChange::reason).setHeader("Why").setFlexGrow(3);
    add(count, grid);
  }

  void show(List<PlanChange> changes) {
    count.setText(
        changes.isEmpty()
            ? "No differences from the published plan (or it was never published)."
            : changes.size() + " positions differ from the published plan.");
    grid.setItems(changes);
  }
}
