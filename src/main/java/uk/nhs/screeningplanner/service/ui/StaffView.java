package uk.nhs.screeningplanner.service.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import uk.nhs.screeningplanner.planning.StaffBookings;
import uk.nhs.screeningplanner.service.ServiceSettingsService;
import uk.nhs.screeningplanner.service.SiteService;
import uk.nhs.screeningplanner.service.Skill;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.StaffService;

/** The screening team: who can do what and how much, and each person's leave and preferences. */
@Route("staff")
@PageTitle("Staff | Screening Planner")
@Menu(title = "Staff", order = 40, icon = "vaadin:users")
@RolesAllowed({"SERVICE_MANAGER", "ROTA_COORDINATOR", "EXECUTIVE", "ADMIN"})
public class StaffView extends ReferenceDataView {

  private final Grid<StaffMember> grid = new Grid<>(StaffMember.class, false);
  private final ComboBox<Skill> skill = new ComboBox<>("Skill");
  private StaffForm form;
  private AvailabilityPanel availability;
  private PersonWeekPanel week;
  private HorizontalLayout details;

  public StaffView(
      ServiceSettingsService settings,
      StaffService staff,
      SiteService sites,
      AuthenticationContext auth,
      Clock clock,
      StaffBookings bookings) {
    super(
        "staff-view",
        "Staff",
        "Who is in the screening team, what each person can do and how much they work, and when"
            + " they are away or would rather (not) work. The planners never break unavailability.");
    addClassName("natural-height");
    if (!serviceReady(settings)) {
      return;
    }
    boolean editable = EditRights.of(auth).staff();
    SearchToolbar toolbar =
        new SearchToolbar("staff", "Code or name", "Add staff member", editable);
    skill.setId("staff-skill-filter");
    skill.setItems(Skill.values());
    skill.setItemLabelGenerator(Skill::label);
    skill.setPlaceholder("Any skill");
    skill.setClearButtonVisible(true);
    skill.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    toolbar.addFilters(skill);
    toolbar.onSearch(text -> grid.getDataProvider().refreshAll());
    configureGrid();
    grid.setItems(
        query ->
            staff
                .staff(toolbar.searchText(), skill.getValue(), toSpringPageRequest(query))
                .stream(),
        query -> (int) staff.count(toolbar.searchText(), skill.getValue()));
    form = new StaffForm(editable, sites::allSites);
    form.setSaver(staff::save);
    form.setReloader(member -> staff.get(member.getId()));
    form.addSaveListener(this::saved);
    form.addReloadListener(latest -> grid.getDataProvider().refreshAll());
    form.addCloseListener(this::closeDetails);
    availability = new AvailabilityPanel(staff, editable, LocalDate.now(clock));
    details = new HorizontalLayout(form, availability);
    details.setId("staff-details");
    details.setWidthFull();
    details.setVisible(false);
    form.setWidth("28em");
    details.setFlexShrink(0, form);
    details.setFlexGrow(1, availability);
    week = new PersonWeekPanel(bookings, staff, settings.current().getId(), LocalDate.now(clock));
    week.setVisible(false);
    toolbar.onAdd(
        () -> {
          grid.asSingleSelect().clear();
          open(staff.newStaffMember());
        });
    add(toolbar, grid, details, week);
  }

  private void configureGrid() {
    grid.setId("staff-grid");
    grid.setHeight("22rem");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(StaffMember::getStaffCode).setHeader("Code").setSortProperty("staffCode");
    Columns.wide(
        grid.addColumn(StaffMember::getName).setHeader("Name").setSortProperty("name"), "10rem");
    Columns.wide(
        grid.addColumn(new ComponentRenderer<>(StaffView::skillBadges)).setHeader("Skills"),
        "16rem");
    Columns.wide(
        grid.addColumn(m -> m.getBaseSite() == null ? "" : m.getBaseSite().getName())
            .setHeader("Base site")
            .setSortProperty("baseSite.name"),
        "12rem");
    number(StaffMember::getContractedSessionsPerWeek, "Sessions/week", "contractedSessionsPerWeek");
    number(StaffMember::getMaxVanDaysPerWeek, "Max van days", "maxVanDaysPerWeek");
    number(StaffMember::getReadingRatePerHour, "Reads/hour", "readingRatePerHour");
    number(
        m -> m.has(Skill.READER) ? m.jobPlannedReadingSessions() : null,
        "Reading sessions",
        "readingSessionsPerWeek");
    number(StaffMember::getReadsThisYear, "Reads this year", "readsThisYear");
    number(StaffMember::getFirstReadsThisYear, "First reads", "firstReadsThisYear");
    Columns.fitHeaders(grid);
    grid.asSingleSelect()
        .addValueChangeListener(
            e -> {
              if (e.getValue() == null) {
                details.setVisible(false);
              } else {
                open(e.getValue());
              }
            });
  }

  private void number(ValueProvider<StaffMember, Integer> value, String header, String sort) {
    grid.addColumn(value).setHeader(header).setSortProperty(sort).setTextAlign(ColumnTextAlign.END);
  }

  private static Span skillBadges(StaffMember member) {
    Span badges = new Span();
    badges.addClassName("skill-badges");
    for (Skill skill : member.getSkills().stream().sorted().toList()) {
      Span badge = new Span(skill.label());
      badge.getElement().getThemeList().add("badge contrast small");
      badges.add(badge);
    }
    return badges;
  }

  private void open(StaffMember member) {
    form.edit(member);
    availability.setVisible(!member.isNew());
    week.setVisible(!member.isNew());
    if (!member.isNew()) {
      availability.show(member);
      week.show(member);
    }
    details.setVisible(true);
  }

  private void saved(StaffMember member) {
    grid.getDataProvider().refreshAll();
    availability.setVisible(true);
    availability.show(member);
    week.setVisible(true);
    week.show(member);
  }

  private void closeDetails() {
    grid.asSingleSelect().clear();
    details.setVisible(false);
    week.setVisible(false);
    grid.getDataProvider().refreshAll();
  }
}
