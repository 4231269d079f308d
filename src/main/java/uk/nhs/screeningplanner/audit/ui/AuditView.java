package uk.nhs.screeningplanner.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.nhs.screeningplanner.audit.AuditAction;
import uk.nhs.screeningplanner.audit.AuditEntry;
import uk.nhs.screeningplanner.audit.AuditFilter;
import uk.nhs.screeningplanner.audit.AuditLog;

/** Administrators read who changed what, newest first, filtered by person, record, action, date. */
@Route("audit")
@PageTitle("Audit log | Screening Planner")
@Menu(title = "Audit log", order = 110, icon = "vaadin:records")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Europe/London"));

  private final AuditLog audit;
  private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
  private final TextField user = new TextField("User");
  private final TextField type = new TextField("Record type");
  private final ComboBox<AuditAction> action = new ComboBox<>("Action");
  private final TextField text = new TextField("Summary contains");
  private final DatePicker from = new DatePicker("From");
  private final DatePicker to = new DatePicker("To");

  public AuditView(AuditLog audit) {
    this.audit = audit;
    setSizeFull();
    add(
        new H2("Audit log"),
        new Paragraph(
            "Every change to reference data, every import and every publish, with who made it."
                + " Entries cannot be edited or removed."),
        filters(),
        grid);
    configureGrid();
  }

  private HorizontalLayout filters() {
    action.setItems(AuditAction.values());
    action.setClearButtonVisible(true);
    user.setId("audit-user-filter");
    text.setId("audit-text-filter");
    for (TextField field : new TextField[] {user, type, text}) {
      field.setValueChangeMode(ValueChangeMode.LAZY);
      field.setClearButtonVisible(true);
      field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }
    for (DatePicker date : new DatePicker[] {from, to}) {
      date.setLocale(Locale.UK);
      date.setClearButtonVisible(true);
      date.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }
    action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    for (var field : new com.vaadin.flow.component.HasSize[] {user, type, action, from, to}) {
      field.setWidth("11em");
    }
    HorizontalLayout bar = new HorizontalLayout(user, type, action, text, from, to);
    bar.addClassName("view-toolbar");
    return bar;
  }

  private void configureGrid() {
    grid.setId("audit-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(e -> WHEN.format(e.getOccurredAt()))
        .setHeader("When")
        .setSortProperty("occurredAt")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(AuditEntry::getUsername)
        .setHeader("Who")
        .setSortProperty("username")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(AuditEntry::getAction)
        .setHeader("Action")
        .setSortProperty("action")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(AuditEntry::getEntityType)
        .setHeader("Record")
        .setSortProperty("entityType")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(AuditEntry::getSummary).setHeader("What changed").setFlexGrow(1);
    grid.addComponentColumn(this::keptFile).setHeader("Kept").setAutoWidth(true).setFlexGrow(0);
    grid.setItems(
        query ->
            audit
                .search(
                    currentFilter(),
                    VaadinSpringDataHelpers.toSpringPageRequest(query)
                        .withSort(
                            VaadinSpringDataHelpers.toSpringDataSort(query).isSorted()
                                ? VaadinSpringDataHelpers.toSpringDataSort(query)
                                : org.springframework.data.domain.Sort.by("id").descending()))
                .stream(),
        query -> (int) audit.count(currentFilter()));
  }

  /**
   * A link to the file kept with an entry (e.g. the records an import removed, as they were), or
   * nothing.
   */
  private Component keptFile(AuditEntry entry) {
    if (entry.getAttachmentName() == null) {
      return new Span();
    }
    long id = entry.getId();
    Anchor link =
        new Anchor(
            (DownloadHandler)
                event -> {
                  event.setFileName(entry.getAttachmentName());
                  event.setContentType(
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                  event.getOutputStream().write(audit.attachment(id).orElseThrow());
                },
            AttachmentType.DOWNLOAD,
            entry.getAttachmentName());
    link.addClassName("audit-attachment");
    return link;
  }

  private AuditFilter currentFilter() {
    return new AuditFilter(
        user.getValue(),
        type.getValue(),
        action.getValue(),
        text.getValue(),
        from.getValue(),
        to.getValue());
  }
}
