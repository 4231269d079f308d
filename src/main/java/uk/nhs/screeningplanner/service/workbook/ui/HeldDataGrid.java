package uk.nhs.screeningplanner.service.workbook.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import uk.nhs.screeningplanner.service.workbook.HeldService;

/** How much each service holds now: what an export contains, and what an import changed. */
class HeldDataGrid extends Grid<HeldService> {

  HeldDataGrid() {
    setId("held-grid");
    addColumn(HeldService::code).setHeader("Service");
    addColumn(HeldService::name).setHeader("Name").setFlexGrow(3);
    addColumn(HeldService::sites).setHeader("Sites");
    addColumn(HeldService::units).setHeader("Units");
    addColumn(HeldService::practices).setHeader("Practices");
    addColumn(HeldService::staff).setHeader("Staff");
    addColumn(HeldService::availability).setHeader("Availability rows");
    addThemeVariants(GridVariant.LUMO_COMPACT);
    setAllRowsVisible(true);
  }
}
