package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import uk.nhs.screeningplanner.service.Availability;
import uk.nhs.screeningplanner.service.AvailabilityKind;
import uk.nhs.screeningplanner.service.StaffMember;
import uk.nhs.screeningplanner.service.StaffService;
import uk.nhs.screeningplanner.shared.NotFoundException;

/** One person's leave and preferences: a month calendar to browse and the entries to edit. */
class AvailabilityPanel extends VerticalLayout {

  private final StaffService staff;
  private final boolean editable;
  private final LocalDate today;
  private final H3 title = new H3();
  private final Span monthName = new Span();
  private final MonthCalendar calendar;
  private final Grid<Availability> entries = new Grid<>(Availability.class, false);
  private StaffMember member;
  private List<Availability> current = List.of();
  private YearMonth month;

  AvailabilityPanel(StaffService staff, boolean editable, LocalDate today) {
    this.staff = staff;
    this.editable = editable;
    this.today = today;
    this.month = YearMonth.from(today);
    this.calendar = new MonthCalendar(editable ? this::addOn : null);
    setId("availability-panel");
    addClassName("availability-panel");
    setPadding(false);
    monthName.setId("availability-month");
    monthName.addClassName("timeline-range");
    Button add = new Button("Add leave or preference", VaadinIcon.PLUS.create(), e -> addOn(null));
    add.setId("availability-add");
    add.setVisible(editable);
    Span hint = new Span(editable ? "Click a day to add an entry starting that day." : "");
    hint.addClassName("page-help");
    configureEntries();
    HorizontalLayout actions = new HorizontalLayout(add, hint);
    actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    add(title, navigation(), calendar, legend(), actions, entries);
  }

  void show(StaffMember person) {
    member = person;
    title.setText("Leave and preferences: " + person.getName());
    refresh();
  }

  private HorizontalLayout navigation() {
    Button earlier =
        new Button(VaadinIcon.ANGLE_LEFT.create(), e -> showMonth(month.minusMonths(1)));
    earlier.setId("availability-previous-month");
    earlier.setAriaLabel("Previous month");
    Button later = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> showMonth(month.plusMonths(1)));
    later.setId("availability-next-month");
    later.setAriaLabel("Next month");
    Button now = new Button("This month", e -> showMonth(YearMonth.from(today)));
    now.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout bar = new HorizontalLayout(earlier, monthName, later, now);
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    return bar;
  }

  private static Div legend() {
    Div legend = new Div();
    legend.addClassName("availability-legend");
    for (AvailabilityKind kind : AvailabilityKind.values()) {
      Span swatch = new Span(MonthCalendar.symbol(kind));
      swatch.addClassNames("month-half", "kind-" + kind.name().toLowerCase(Locale.UK));
      legend.add(new Span(swatch, new Span(kind.label())));
    }
    return legend;
  }

  private void configureEntries() {
    entries.setId("availability-grid");
    entries.addThemeVariants(GridVariant.LUMO_COMPACT);
    entries.setAllRowsVisible(true);
    entries.addColumn(a -> Formats.date(a.getStartDate())).setHeader("From");
    entries.addColumn(a -> Formats.date(a.getEndDate())).setHeader("To");
    entries.addColumn(a -> a.getPartOfDay().label()).setHeader("Part of day");
    entries.addColumn(a -> a.getKind().label()).setHeader("Kind").setWidth("10rem");
    Columns.wide(entries.addColumn(Availability::getReason).setHeader("Reason"), "10rem");
    Columns.fitHeaders(entries);
    entries.addItemClickListener(e -> open(e.getItem()));
  }

  private void showMonth(YearMonth shown) {
    month = shown;
    monthName.setText(Formats.MONTH_YEAR.format(month));
    calendar.show(month, today, current);
  }

  private void refresh() {
    current = staff.availabilityOf(member);
    entries.setItems(current);
    showMonth(month);
  }

  private void addOn(LocalDate day) {
    Availability entry = staff.newAvailability(member);
    if (day != null) {
      entry.setStartDate(day);
      entry.setEndDate(day);
    }
    open(entry);
  }

  private void open(Availability entry) {
    AvailabilityForm form = new AvailabilityForm(editable);
    form.setSaver(staff::save);
    form.setDeleter(staff::delete);
    form.setReloader(this::latest);
    form.addSaveListener(saved -> refresh());
    form.addReloadListener(latest -> refresh());
    form.addDeleteListener(this::refresh);
    form.edit(entry);
    String title = entry.isNew() ? "New leave or preference" : "Leave or preference";
    FormDialog.open("availability-dialog", title + " for " + member.getName(), form);
  }

  private Availability latest(Availability entry) {
    return staff.availabilityOf(member).stream()
        .filter(saved -> saved.getId().equals(entry.getId()))
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("That entry no longer exists; someone has deleted it."));
  }
}
