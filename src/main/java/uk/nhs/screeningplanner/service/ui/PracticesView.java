package uk.nhs.screeningplanner.service.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.PracticeService;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.service.SiteService;

/** GP practices, their eligible women and when each is next due for screening. */
@Route("practices")
@PageTitle("GP practices | Screening Planner")
@Menu(title = "GP practices", order = 30, icon = "vaadin:doctor")
@RolesAllowed({"SERVICE_MANAGER", "ROTA_COORDINATOR", "EXECUTIVE", "ADMIN"})
public class PracticesView extends ReferenceDataView {

  private final Grid<GpPractice> grid = new Grid<>(GpPractice.class, false);
  private final LocalDate today;
  private int roundLengthMonths;

  public PracticesView(
      ServiceSettingsService settings,
      PracticeService practices,
      SiteService sites,
      AuthenticationContext auth,
      Clock clock) {
    super(
        "practices-view",
        "GP practices",
        "The GP practices whose women the service invites: how many are eligible in each cohort,"
            + " when the practice was last offered screening and when it is due again.");
    today = LocalDate.now(clock);
    if (!serviceReady(settings)) {
      return;
    }
    roundLengthMonths = settings.current().getRoundLengthMonths();
    boolean editable = EditRights.of(auth).referenceData();
    SearchToolbar toolbar =
        new SearchToolbar("practices", "ODS code or name", "Add practice", editable);
    configureGrid();
    grid.setItems(
        query -> practices.practices(toolbar.searchText(), toSpringPageRequest(query)).stream(),
        query -> (int) practices.count(toolbar.searchText()));
    PracticeForm form = new PracticeForm(editable, roundLengthMonths, sites::allSites);
    form.setSaver(practices::save);
    form.setDeleter(practices::delete);
    form.setReloader(practice -> practices.get(practice.getId()));
    GridAndForm<GpPractice> body =
        new GridAndForm<>(grid, form, () -> grid.getDataProvider().refreshAll());
    toolbar.onSearch(text -> grid.getDataProvider().refreshAll());
    toolbar.onAdd(() -> body.openNew(practices.newPractice()));
    add(toolbar, body);
  }

  private void configureGrid() {
    grid.setId("practices-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(GpPractice::getOdsCode).setHeader("ODS code").setSortProperty("odsCode");
    Columns.wide(
        grid.addColumn(GpPractice::getName).setHeader("Name").setSortProperty("name"), "16rem");
    var firstCall = number(GpPractice::getEligibleFirstCall, "First call", "eligibleFirstCall");
    number(GpPractice::getEligiblePreviousAttender, "Attenders", "eligiblePreviousAttender");
    number(
        GpPractice::getEligiblePreviousNonAttender, "Non-attenders", "eligiblePreviousNonAttender");
    var total = number(GpPractice::getEligibleTotal, "Total", null);
    grid.addColumn(p -> Formats.date(p.getLastFirstOfferedDate()))
        .setHeader("Last first offered")
        .setSortProperty("lastFirstOfferedDate");
    grid.addColumn(new ComponentRenderer<>(this::dueDate))
        .setHeader("Due")
        .setSortProperty("lastFirstOfferedDate")
        .setWidth("12rem");
    Columns.wide(
        grid.addColumn(p -> p.getHomeSite() == null ? "" : p.getHomeSite().getName())
            .setHeader("Home site")
            .setSortProperty("homeSite.name"),
        "12rem");
    grid.addColumn(p -> PracticeForm.quintile(p.getImdQuintile()))
        .setHeader("IMD quintile")
        .setSortProperty("imdQuintile")
        .setWidth("10rem");
    grid.addColumn(p -> Formats.percentOf(p.getHistoricUptake()))
        .setHeader("Uptake")
        .setTextAlign(ColumnTextAlign.END)
        .setSortProperty("historicUptake");
    Columns.fitHeaders(grid);
    grid.setPartNameGenerator(p -> isOverdue(p) ? "overdue" : null);
    List<Grid.Column<GpPractice>> columns = grid.getColumns();
    HeaderRow groups = grid.prependHeaderRow();
    groups
        .join(
            columns
                .subList(columns.indexOf(firstCall), columns.indexOf(total) + 1)
                .toArray(Grid.Column[]::new))
        .setText("Eligible women");
  }

  private Grid.Column<GpPractice> number(
      ValueProvider<GpPractice, Integer> value, String header, String sortProperty) {
    var column = grid.addColumn(value).setHeader(header).setTextAlign(ColumnTextAlign.END);
    return sortProperty == null ? column : column.setSortProperty(sortProperty);
  }

  private Span dueDate(GpPractice practice) {
    LocalDate due = dueOf(practice);
    Span text = new Span(Formats.date(due));
    if (isOverdue(practice)) {
      Span badge = new Span("Overdue");
      badge.getElement().getThemeList().add("badge error small");
      return new Span(text, new Span(" "), badge);
    }
    return text;
  }

  private LocalDate dueOf(GpPractice practice) {
    LocalDate last = practice.getLastFirstOfferedDate();
    return last == null ? null : last.plusMonths(roundLengthMonths);
  }

  private boolean isOverdue(GpPractice practice) {
    LocalDate due = dueOf(practice);
    return due != null && due.isBefore(today);
  }
}
