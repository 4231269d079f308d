package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.dialog.Dialog;

/** Opens an {@link EditorForm} in a modal dialog that closes on save, delete or cancel. */
final class FormDialog {

  private FormDialog() {}

  static Dialog open(String id, String title, EditorForm<?> form) {
    Dialog dialog = new Dialog();
    dialog.setId(id);
    dialog.setHeaderTitle(title);
    dialog.setWidth("min(42rem, 95vw)");
    form.hideTitle();
    dialog.add(form);
    form.addSaveListener(saved -> dialog.close());
    form.addDeleteListener(dialog::close);
    form.addCloseListener(dialog::close);
    dialog.open();
    return dialog;
  }
}
