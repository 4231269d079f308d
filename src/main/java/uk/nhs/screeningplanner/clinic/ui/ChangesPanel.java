package uk.nhs.screeningplanner.clinic.ui;

import com.vaadin.flow.component.grid.Grid;
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
    grid.addColumn(c -> PlanText.DAY.format(c.session().date()) + " " + c.session().half())
        .setHeader("When");
    grid.addColumn(c -> c.session().rowLabel() + ", " + c.session().siteName()).setHeader("Where");
    grid.addColumn(c -> c.position().label()).setHeader("Position");
    grid.addColumn(PlanChange::published).setHeader("Published");
    grid.addColumn(PlanChange::now).setHeader("Now");
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
