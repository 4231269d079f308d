package uk.nhs.screeningplanner.service.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteService;

/** The sites tab: a searchable, sortable list of sites and mobile pitches with their form. */
class SitesPanel extends VerticalLayout {

  private final Grid<Site> grid = new Grid<>(Site.class, false);
  private final SearchToolbar toolbar;

  SitesPanel(SiteService sites, boolean editable) {
    setSizeFull();
    setPadding(false);
    setSpacing(false);
    toolbar = new SearchToolbar("sites", "Code, name or postcode", "Add site", editable);
    configureGrid();
    SiteForm form = new SiteForm(editable);
    form.setSaver(sites::save);
    form.setReloader(site -> sites.site(site.getId()));
    GridAndForm<Site> body = new GridAndForm<>(grid, form, this::refresh);
    toolbar.onSearch(text -> refresh());
    toolbar.onAdd(() -> body.openNew(sites.newSite()));
    grid.setItems(query -> sites.sites(toolbar.searchText(), toSpringPageRequest(query)).stream());
    add(toolbar, body);
  }

  private void configureGrid() {
    grid.setId("sites-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(Site::getCode).setHeader("Code").setSortProperty("code").setWidth("9rem");
    Columns.wide(grid.addColumn(Site::getName).setHeader("Name").setSortProperty("name"), "12rem");
    grid.addColumn(s -> s.getKind().label()).setHeader("Kind").setSortProperty("kind");
    grid.addColumn(Site::getPostcode).setHeader("Postcode").setSortProperty("postcode");
    grid.addColumn(Site::getRooms).setHeader("Rooms").setSortProperty("rooms");
    grid.addColumn(s -> Formats.yesNo(s.isAssessmentCapable()))
        .setHeader("Assessment")
        .setSortProperty("assessmentCapable");
    grid.addColumn(s -> Formats.yesNo(s.isActive())).setHeader("Active").setSortProperty("active");
    grid.addColumn(s -> s.getBlackouts().size()).setHeader("Blackouts");
    Columns.fitHeaders(grid);
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
  }
}
