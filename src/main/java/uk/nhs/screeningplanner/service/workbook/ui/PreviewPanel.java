package uk.nhs.screeningplanner.service.workbook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import uk.nhs.screeningplanner.service.workbook.ImportCheck;
import uk.nhs.screeningplanner.service.workbook.ImportPreview;
import uk.nhs.screeningplanner.service.workbook.SheetChanges;

/** What importing a checked workbook would change, with buttons to confirm or cancel. */
class PreviewPanel extends VerticalLayout {

  /** What a person types to confirm that an import may remove many records. */
  static final String REMOVE_WORD = "REMOVE";

  /**
   * @param confirm told to import, with whether large removals were confirmed
   */
  PreviewPanel(ImportCheck check, Consumer<Boolean> confirm, Runnable cancel) {
    setPadding(false);
    ImportPreview preview = check.preview();
    H3 title = new H3("What importing " + check.fileName() + " would change");
    title.setId("preview-title");
    Paragraph services =
        new Paragraph(
            "Services in the workbook: "
                + preview.services().stream()
                    .map(s -> s.code() + " " + s.name() + (s.isNew() ? " (new)" : " (updated)"))
                    .collect(Collectors.joining("; "))
                + ". Records of these services that are not in the workbook are removed; other"
                + " services are left as they are.");
    add(title, services, changes(preview));
    preview.sheets().stream().filter(SheetChanges::hasChanges).forEach(s -> add(details(s)));
    boolean large = preview.needsRemovalConfirmation();
    Button importButton = new Button("Import these changes", e -> confirm.accept(large));
    importButton.setId("confirm-import");
    importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    importButton.setDisableOnClick(true);
    if (large) {
      addComponentAtIndex(2, largeRemovals(preview, importButton));
    }
    Button cancelButton = new Button("Cancel", e -> cancel.run());
    cancelButton.setId("cancel-import");
    if (!preview.hasChanges()) {
      importButton.setEnabled(false);
      add(new Paragraph("The workbook holds exactly what the planner holds now: nothing to do."));
    }
    add(new HorizontalLayout(importButton, cancelButton));
  }

  /**
   * The removals that need confirming, in red, and the field in which to type {@value
   * #REMOVE_WORD}; the import button stays off until it is typed.
   */
  private static Div largeRemovals(ImportPreview preview, Button importButton) {
    Div box = new Div();
    box.setId("large-removals");
    box.addClassName("large-removals");
    box.getElement().setAttribute("role", "alert");
    UnorderedList list = new UnorderedList();
    preview.largeRemovals().forEach(r -> list.add(new ListItem(r.text())));
    Paragraph why =
        new Paragraph(
            "This import would remove many records. A sheet left empty in the workbook removes"
                + " everything it held. The records as they are now will be kept in the audit"
                + " log, but check this is what you mean.");
    TextField typed = new TextField("Type " + REMOVE_WORD + " to confirm these removals");
    typed.setId("confirm-removals");
    typed.setValueChangeMode(ValueChangeMode.EAGER);
    typed.setWidth("22em");
    importButton.setEnabled(false);
    typed.addValueChangeListener(
        e -> importButton.setEnabled(REMOVE_WORD.equals(e.getValue().trim())));
    box.add(why, list, typed);
    return box;
  }

  private static Grid<SheetChanges> changes(ImportPreview preview) {
    Grid<SheetChanges> grid = new Grid<>();
    grid.setId("change-grid");
    grid.addColumn(SheetChanges::sheet).setHeader("Sheet");
    grid.addColumn(SheetChanges::added).setHeader("Added");
    grid.addColumn(SheetChanges::changed).setHeader("Changed");
    grid.addColumn(SheetChanges::removed).setHeader("Removed");
    grid.addColumn(SheetChanges::unchanged).setHeader("Unchanged");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.setItems(preview.sheets());
    grid.setAllRowsVisible(true);
    return grid;
  }

  private static Details details(SheetChanges sheet) {
    UnorderedList lines = new UnorderedList();
    sheet.details().forEach(line -> lines.add(new ListItem(line)));
    if (sheet.moreDetails() > 0) {
      lines.add(new ListItem("… and " + sheet.moreDetails() + " more"));
    }
    Details details = new Details(sheet.sheet() + ": each change", lines);
    details.addClassName("change-details");
    return details;
  }
}
