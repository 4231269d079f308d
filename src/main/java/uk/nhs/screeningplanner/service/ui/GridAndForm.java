package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/**
 * A grid with its record's form beside it: selecting a row opens the form, saving refreshes the
 * grid, and cancelling or deleting closes the form and re-reads the grid (so nothing typed into a
 * failed save lingers in the rows).
 */
class GridAndForm<T extends VersionedEntity> extends HorizontalLayout {

  private final Grid<T> grid;
  private final EditorForm<T> form;

  GridAndForm(Grid<T> grid, EditorForm<T> form, Runnable refresh) {
    this.grid = grid;
    this.form = form;
    addClassName("grid-and-form");
    addClassName("fill");
    setWidthFull();
    setPadding(false);
    grid.setSizeFull();
    form.setWidth("28em");
    form.addClassName("side-form");
    form.setVisible(false);
    add(grid, form);
    setFlexGrow(1, grid);
    setFlexShrink(0, form);
    grid.asSingleSelect()
        .addValueChangeListener(
            e -> {
              if (e.getValue() == null) {
                form.setVisible(false);
              } else {
                show(e.getValue());
              }
            });
    form.addSaveListener(saved -> refresh.run());
    form.addReloadListener(latest -> refresh.run());
    form.addDeleteListener(
        () -> {
          close();
          refresh.run();
        });
    form.addCloseListener(
        () -> {
          close();
          refresh.run();
        });
  }

  /** Opens the form on a record that is not (yet) a grid row, e.g. a new one. */
  void openNew(T record) {
    grid.asSingleSelect().clear();
    show(record);
  }

  private void show(T record) {
    form.edit(record);
    form.setVisible(true);
  }

  private void close() {
    grid.asSingleSelect().clear();
    form.setVisible(false);
  }
}
