package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Column widths for the reference-data grids. Auto-width cuts short headers that carry sort arrows
 * ("Sessions/w…"), so each column without a width of its own gets the width its header needs;
 * columns of names get a wider minimum and take the spare space.
 */
final class Columns {

  private Columns() {}

  static <T> void fitHeaders(Grid<T> grid) {
    for (Grid.Column<T> column : grid.getColumns()) {
      column.setResizable(true);
      if (column.getWidth() != null) {
        continue;
      }
      column.setWidth(widthFor(column.getHeaderText())).setFlexGrow(0);
    }
  }

  /** A name-like column: at least {@code minWidth}, and it takes the spare width. */
  static <T> Grid.Column<T> wide(Grid.Column<T> column, String minWidth) {
    return column.setWidth(minWidth).setFlexGrow(3);
  }

  static String widthFor(String header) {
    int length = header == null ? 8 : Math.max(header.length(), 8);
    return Math.round((length * 0.5 + 2.2) * 10) / 10.0 + "rem";
  }
}
