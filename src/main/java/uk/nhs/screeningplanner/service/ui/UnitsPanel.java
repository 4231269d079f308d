package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.SiteService;

/**
 * The units tab. A service has a handful of vans and rooms, so the list is held in memory and
 * searched and sorted there.
 */
class UnitsPanel extends VerticalLayout {

  private final SiteService sites;
  private final List<ScreeningUnit> units = new ArrayList<>();
  private final ListDataProvider<ScreeningUnit> provider = new ListDataProvider<>(units);
  private final Grid<ScreeningUnit> grid = new Grid<>(ScreeningUnit.class, false);

  UnitsPanel(SiteService sites, boolean editable) {
    this.sites = sites;
    setSizeFull();
    setPadding(false);
    setSpacing(false);
    SearchToolbar toolbar =
        new SearchToolbar("units", "Code, name or registration", "Add unit", editable);
    configureGrid();
    grid.setItems(provider);
    UnitForm form = new UnitForm(editable, sites::allSites);
    form.setSaver(sites::save);
    form.setReloader(unit -> sites.unit(unit.getId()));
    GridAndForm<ScreeningUnit> body = new GridAndForm<>(grid, form, this::refresh);
    toolbar.onSearch(text -> provider.setFilter(unit -> matches(unit, text)));
    toolbar.onAdd(() -> body.openNew(sites.newUnit()));
    add(toolbar, body);
    refresh();
  }

  private void configureGrid() {
    grid.setId("units-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(ScreeningUnit::getCode).setHeader("Code").setSortable(true).setWidth("8rem");
    Columns.wide(
        grid.addColumn(ScreeningUnit::getName).setHeader("Name").setSortable(true), "10rem");
    grid.addColumn(u -> u.getKind().label()).setHeader("Kind").setSortable(true);
    grid.addColumn(ScreeningUnit::getRegistration).setHeader("Registration").setSortable(true);
    Columns.wide(
        grid.addColumn(u -> u.getStaticSite() == null ? "" : u.getStaticSite().getName())
            .setHeader("Static site")
            .setSortable(true),
        "10rem");
    grid.addColumn(ScreeningUnit::getLanes).setHeader("Lanes").setSortable(true);
    grid.addColumn(ScreeningUnit::getDailyThroughput)
        .setHeader("Daily throughput")
        .setSortable(true);
    grid.addColumn(u -> Formats.yesNo(u.isActive())).setHeader("Active").setSortable(true);
    Columns.fitHeaders(grid);
  }

  private void refresh() {
    units.clear();
    units.addAll(sites.allUnits());
    provider.refreshAll();
  }

  private static boolean matches(ScreeningUnit unit, String text) {
    String wanted = text == null ? "" : text.trim().toLowerCase(Locale.UK);
    String haystack =
        (unit.getCode() + " " + unit.getName() + " " + unit.getRegistration())
            .toLowerCase(Locale.UK);
    return haystack.contains(wanted);
  }
}
