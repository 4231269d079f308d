package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.UnitCalendarEntry;

/**
 * A row per unit across a span of months, with a coloured block for each stay at a site (colour per
 * site, site code written on the block). Blocks can be focused and opened with Enter; the grid
 * below the timeline holds the same data as text.
 */
class UnitTimeline extends Div {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
  private static final int COLOURS = 8;

  private final Consumer<UnitCalendarEntry> onOpen;

  UnitTimeline(Consumer<UnitCalendarEntry> onOpen) {
    this.onOpen = onOpen;
    setId("unit-timeline");
    addClassName("unit-timeline");
    getElement().setAttribute("aria-label", "Timeline of where each unit is");
  }

  void show(
      TimelineScale scale,
      LocalDate today,
      List<ScreeningUnit> units,
      List<Site> sites,
      List<UnitCalendarEntry> entries) {
    removeAll();
    add(header(scale));
    for (ScreeningUnit unit : units) {
      Div track = track(scale, today);
      entries.stream()
          .filter(entry -> entry.getUnit().equals(unit))
          .forEach(
              entry ->
                  scale
                      .place(entry.getStartDate(), entry.getEndDate())
                      .ifPresent(
                          at -> track.add(block(entry, at, sites.indexOf(entry.getSite())))));
      Span label = new Span(unit.getCode());
      label.addClassName("timeline-label");
      label.setTitle(unit.getName());
      Div row = new Div(label, track);
      row.addClassName("timeline-row");
      add(row);
    }
  }

  private static Div header(TimelineScale scale) {
    Div months = new Div();
    months.addClassName("timeline-track");
    for (YearMonth month : scale.monthList()) {
      Span name = new Span(MONTH.format(month));
      name.addClassName("timeline-month");
      TimelineScale.Placement at = scale.place(month.atDay(1), month.atEndOfMonth()).orElseThrow();
      position(name, at);
      months.add(name);
    }
    Span corner = new Span("Unit");
    corner.addClassName("timeline-label");
    Div header = new Div(corner, months);
    header.addClassNames("timeline-row", "timeline-header");
    return header;
  }

  private static Div track(TimelineScale scale, LocalDate today) {
    Div track = new Div();
    track.addClassName("timeline-track");
    for (YearMonth month : scale.monthList()) {
      Div line = new Div();
      line.addClassName("timeline-gridline");
      line.getStyle().set("left", scale.position(month.atDay(1)) + "%");
      track.add(line);
    }
    scale
        .place(today, today)
        .ifPresent(
            at -> {
              Div marker = new Div();
              marker.addClassName("timeline-today");
              marker.getStyle().set("left", at.leftPercent() + "%");
              marker.setTitle("Today");
              track.add(marker);
            });
    return track;
  }

  private Div block(UnitCalendarEntry entry, TimelineScale.Placement at, int siteIndex) {
    String description =
        entry.getUnit().getCode()
            + " at "
            + entry.getSite().getName()
            + ", "
            + Formats.date(entry.getStartDate())
            + " to "
            + Formats.date(entry.getEndDate())
            + (entry.getNote() == null || entry.getNote().isBlank()
                ? ""
                : " (" + entry.getNote() + ")");
    Div block = new Div(new Span(entry.getSite().getCode()));
    block.addClassNames("timeline-block", "site-colour-" + Math.floorMod(siteIndex, COLOURS));
    block.setTitle(description);
    block.getElement().setAttribute("role", "button");
    block.getElement().setAttribute("tabindex", "0");
    block.getElement().setAttribute("aria-label", description);
    position(block, at);
    block.getElement().addEventListener("click", e -> onOpen.accept(entry));
    block
        .getElement()
        .addEventListener("keydown", e -> onOpen.accept(entry))
        .setFilter("event.key === 'Enter' || event.key === ' '");
    return block;
  }

  private static void position(
      com.vaadin.flow.component.HasStyle component, TimelineScale.Placement at) {
    component.getStyle().set("left", at.leftPercent() + "%").set("width", at.widthPercent() + "%");
  }
}
