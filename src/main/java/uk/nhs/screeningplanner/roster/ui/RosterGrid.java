package uk.nhs.screeningplanner.roster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import uk.nhs.screeningplanner.roster.RosterCell;
import uk.nhs.screeningplanner.roster.RosterDay;
import uk.nhs.screeningplanner.roster.RosterSnapshot;
import uk.nhs.screeningplanner.roster.RosterSnapshot.RosterReader;
import uk.nhs.screeningplanner.roster.domain.Dates;

/**
 * One week of the roster: readers down, days across, an AM and a PM chip per day showing the role
 * by letter and colour, a pin for pinned sessions, "off" for leave; the footer compares the day's
 * reads needed with reads planned.
 */
final class RosterGrid extends Grid<RosterReader> {

  RosterGrid(
      RosterSnapshot roster,
      List<LocalDate> week,
      boolean editable,
      BiConsumer<RosterReader, RosterCell> onCell) {
    setId("roster-grid");
    addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
    setAllRowsVisible(true);
    Column<RosterReader> name =
        addComponentColumn(RosterGrid::readerName)
            .setHeader("Reader")
            .setWidth("220px")
            .setFlexGrow(0)
            .setFrozen(true);
    FooterRow footer = appendFooterRow();
    footer.getCell(name).setText("Reads needed / planned");
    for (LocalDate day : week) {
      Column<RosterReader> column =
          addComponentColumn(r -> cells(roster, r, day, editable, onCell))
              .setHeader(Dates.shortDay(day))
              .setTextAlign(ColumnTextAlign.CENTER)
              .setAutoWidth(true);
      roster.daily().stream()
          .filter(d -> d.date().equals(day))
          .findFirst()
          .ifPresent(d -> footer.getCell(column).setComponent(demand(d)));
    }
    setItems(roster.readers());
  }

  private static Component readerName(RosterReader r) {
    Div div = new Div(new Span(r.name()));
    if (r.arbitrator()) {
      Span tag = new Span(" · arbitrator");
      tag.getStyle()
          .set("color", "var(--lumo-secondary-text-color)")
          .set("font-size", "var(--lumo-font-size-xs)");
      div.add(tag);
    }
    return div;
  }

  private static Component cells(
      RosterSnapshot roster,
      RosterReader reader,
      LocalDate day,
      boolean editable,
      BiConsumer<RosterReader, RosterCell> onCell) {
    HorizontalLayout both = new HorizontalLayout();
    both.setSpacing(false);
    both.getStyle().set("gap", "4px").set("justify-content", "center");
    for (RosterCell cell : roster.cellsOf(reader.staffId(), day)) {
      Button chip = new Button(text(cell));
      if (cell.pinned()) {
        chip.setSuffixComponent(com.vaadin.flow.component.icon.VaadinIcon.PIN.create());
        chip.getElement().setAttribute("data-pinned", "true");
      }
      chip.setId("cell-" + reader.staffId() + "-" + day + "-" + cell.part());
      RoleLook.chip(
          chip,
          cell.role() != null
              ? RoleLook.colour(cell.role())
              : cell.unavailable() ? RoleLook.OFF : "#ffffff");
      if (cell.changed()) {
        chip.getStyle().set("border", "2px dashed #d5281b");
      }
      chip.setTooltipText(tooltip(reader, cell));
      chip.getElement().setAttribute("aria-label", tooltip(reader, cell));
      chip.setEnabled(editable);
      chip.addClickListener(e -> onCell.accept(reader, cell));
      both.add(chip);
    }
    return both;
  }

  static String text(RosterCell c) {
    String role =
        c.role() != null
            ? c.role().letter()
            : c.blockedBy() != null ? "clinic" : c.unavailable() ? "off" : "–";
    return c.part().name() + " " + role + (c.draftClash() != null ? " !" : "");
  }

  private static String tooltip(RosterReader reader, RosterCell c) {
    return reader.name()
        + ", "
        + Dates.show(c.date())
        + " "
        + c.part().label().toLowerCase()
        + ": "
        + (c.role() != null ? c.role().label() : "not reading")
        + (c.blockedBy() != null
            ? " (" + c.blockedBy() + ")"
            : c.unavailable() ? " (unavailable)" : "")
        + (c.draftClash() != null ? "; warning: also " + c.draftClash() : "")
        + (c.pinned() ? ", pinned" : "")
        + (c.changed()
            ? ", changed since published (was "
                + (c.publishedRole() == null ? "not reading" : c.publishedRole().label())
                + ")"
            : "");
  }

  private static Component demand(RosterDay d) {
    Span span = new Span(String.format("%,d / %,d", d.readsNeeded(), d.capacity()));
    if (d.capacity() < d.readsNeeded()) {
      span.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
    }
    span.getElement().setAttribute("title", "reads needed for the day's screens / reads planned");
    return span;
  }
}
