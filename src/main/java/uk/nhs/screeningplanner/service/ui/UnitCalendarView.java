package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.service.SiteService;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;
import uk.nhs.screeningplanner.service.UnitCalendarService;

/** Where each van or room screens over time: a timeline, the entries as a list, and their form. */
@Route("unit-calendar")
@PageTitle("Unit calendar | Screening Planner")
@Menu(title = "Unit calendar", order = 20, icon = "vaadin:calendar")
@RolesAllowed({"SERVICE_MANAGER", "ROTA_COORDINATOR", "EXECUTIVE", "ADMIN"})
public class UnitCalendarView extends ReferenceDataView {

  private static final int MONTHS_SHOWN = 12;

  private final UnitCalendarService calendar;
  private final SiteService sites;
  private final LocalDate today;
  private final UnitTimeline timeline = new UnitTimeline(this::open);
  private final Grid<UnitCalendarEntry> grid = new Grid<>(UnitCalendarEntry.class, false);
  private final Span range = new Span();
  private final Map<Long, Integer> unitGroup = new HashMap<>();
  private boolean editable;
  private YearMonth first;

  public UnitCalendarView(
      ServiceSettingsService settings,
      UnitCalendarService calendar,
      SiteService sites,
      AuthenticationContext auth,
      Clock clock) {
    super(
        "unit-calendar-view",
        "Unit calendar",
        "Where each mobile van and static room screens over time. Click a block or a row to see"
            + " or change it; the planner will not place a unit at a site on a blacked-out date.");
    this.calendar = calendar;
    this.sites = sites;
    this.today = LocalDate.now(clock);
    this.first = YearMonth.from(today).minusMonths(2);
    if (!serviceReady(settings)) {
      return;
    }
    editable = EditRights.of(auth).referenceData();
    configureGrid();
    add(toolbar(), timeline, grid);
    reload();
  }

  private HorizontalLayout toolbar() {
    Button add = new Button("Add entry", VaadinIcon.PLUS.create(), e -> open(null));
    add.setId("calendar-add");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.setVisible(editable);
    Button earlier =
        new Button(VaadinIcon.ANGLE_LEFT.create(), e -> showFrom(first.minusMonths(3)));
    earlier.setId("timeline-earlier");
    earlier.setAriaLabel("Show three months earlier");
    Button later = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> showFrom(first.plusMonths(3)));
    later.setId("timeline-later");
    later.setAriaLabel("Show three months later");
    Button now = new Button("This month", e -> showFrom(YearMonth.from(today).minusMonths(2)));
    now.setId("timeline-today");
    range.setId("timeline-range");
    range.addClassName("timeline-range");
    HorizontalLayout bar = new HorizontalLayout(add, earlier, range, later, now);
    bar.addClassName("view-toolbar");
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    return bar;
  }

  private void configureGrid() {
    grid.setId("calendar-grid");
    grid.addClassName("fill");
    grid.setWidthFull();
    grid.addColumn(e -> e.getUnit().getCode()).setHeader("Unit").setSortable(true);
    Columns.wide(
        grid.addColumn(e -> e.getSite().toString()).setHeader("Site").setSortable(true), "14rem");
    grid.addColumn(e -> Formats.date(e.getStartDate()))
        .setHeader("Start")
        .setComparator(UnitCalendarEntry::getStartDate);
    grid.addColumn(e -> Formats.date(e.getEndDate()))
        .setHeader("End")
        .setComparator(UnitCalendarEntry::getEndDate);
    grid.addColumn(e -> TimelineScale.weeksSpanned(e.getStartDate(), e.getEndDate()))
        .setHeader("Weeks")
        .setSortable(true);
    Columns.wide(grid.addColumn(UnitCalendarEntry::getNote).setHeader("Note"), "12rem");
    Columns.fitHeaders(grid);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.setPartNameGenerator(
        e -> unitGroup.getOrDefault(e.getUnit().getId(), 0) % 2 == 1 ? "unit-group-alt" : null);
    grid.addItemClickListener(e -> open(e.getItem()));
  }

  private void reload() {
    List<UnitCalendarEntry> entries = calendar.entries();
    unitGroup.clear();
    entries.forEach(e -> unitGroup.putIfAbsent(e.getUnit().getId(), unitGroup.size()));
    grid.setItems(entries);
    TimelineScale scale = new TimelineScale(first, MONTHS_SHOWN);
    range.setText(Formats.monthRange(scale.first(), scale.monthList().get(MONTHS_SHOWN - 1)));
    timeline.show(scale, today, sites.allUnits(), sites.allSites(), entries);
  }

  private void showFrom(YearMonth month) {
    first = month;
    reload();
  }

  private void open(UnitCalendarEntry entry) {
    CalendarEntryForm form = new CalendarEntryForm(editable, sites.allUnits(), sites.allSites());
    form.setSaver(calendar::save);
    form.setDeleter(calendar::delete);
    form.setReloader(e -> calendar.get(e.getId()));
    form.addSaveListener(saved -> reload());
    form.addReloadListener(latest -> reload());
    form.addDeleteListener(this::reload);
    form.edit(entry == null ? calendar.newEntry(null, null) : entry);
    FormDialog.open(
        "calendar-dialog", entry == null ? "New calendar entry" : "Calendar entry", form);
  }
}
