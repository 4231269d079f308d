package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import uk.nhs.screeningplanner.shared.ConcurrentEditException;
import uk.nhs.screeningplanner.shared.NotFoundException;
import uk.nhs.screeningplanner.shared.UserMessages;
import uk.nhs.screeningplanner.shared.ValidationException;
import uk.nhs.screeningplanner.shared.VersionedEntity;

/**
 * One record's form: fields validated by bean validation, Save / Delete / Cancel, the service's
 * problems listed under the fields (and beside the field they name), and a Reload button when
 * someone else saved the record first. For roles that may not change the record the fields are
 * read-only and only Close is offered. Subclasses add their fields through {@link #fields()}.
 */
class EditorForm<T extends VersionedEntity> extends VerticalLayout {

  private final BeanValidationBinder<T> binder;
  private final FieldFactory<T> fields;
  private final String noun;
  private final boolean editable;
  private final H3 title = new H3();
  private final Div body = new Div();
  private final ProblemList problems;
  private final Button save;
  private final Button delete;
  private final Button close;
  private final Button reload;
  private final List<Consumer<T>> saveListeners = new ArrayList<>();
  private final List<Runnable> deleteListeners = new ArrayList<>();
  private final List<Runnable> closeListeners = new ArrayList<>();
  private final List<Consumer<T>> reloadListeners = new ArrayList<>();
  private UnaryOperator<T> saver;
  private Consumer<T> deleter;
  private UnaryOperator<T> reloader;
  private T bean;

  EditorForm(Class<T> type, String idPrefix, String noun, boolean editable) {
    this.binder = new BeanValidationBinder<>(type);
    this.fields = new FieldFactory<>(binder, idPrefix);
    this.noun = noun;
    this.editable = editable;
    setId(idPrefix + "-form");
    addClassName("editor-form");
    problems = new ProblemList(idPrefix + "-problems", fields::named);
    save = button("Save", idPrefix + "-save-button", this::save);
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setVisible(editable);
    delete = button("Delete", idPrefix + "-delete-button", this::confirmDelete);
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    close = button(editable ? "Cancel" : "Close", idPrefix + "-cancel-button", this::close);
    reload = button("Reload", idPrefix + "-reload-button", this::reload);
    reload.setVisible(false);
    HorizontalLayout buttons = new HorizontalLayout(save, reload, delete, close);
    buttons.addClassName("form-buttons");
    add(title, body, problems, buttons);
  }

  FieldFactory<T> fields() {
    return fields;
  }

  BeanValidationBinder<T> binder() {
    return binder;
  }

  Button closeButton() {
    return close;
  }

  /** A dialog shows the title in its header instead. */
  void hideTitle() {
    title.setVisible(false);
  }

  void addContent(Component... components) {
    body.add(components);
  }

  void setSaver(UnaryOperator<T> saver) {
    this.saver = saver;
  }

  void setDeleter(Consumer<T> deleter) {
    this.deleter = deleter;
  }

  /** Fetches the latest saved version of the record, offered after a conflicting edit. */
  void setReloader(UnaryOperator<T> reloader) {
    this.reloader = reloader;
  }

  void addSaveListener(Consumer<T> listener) {
    saveListeners.add(listener);
  }

  void addDeleteListener(Runnable listener) {
    deleteListeners.add(listener);
  }

  void addCloseListener(Runnable listener) {
    closeListeners.add(listener);
  }

  /** Told after a reload, so lists showing the stale record can re-read it too. */
  void addReloadListener(Consumer<T> listener) {
    reloadListeners.add(listener);
  }

  void edit(T record) {
    bean = record;
    binder.readBean(record);
    binder.setReadOnly(!editable);
    title.setText(record.isNew() ? "New " + noun : capitalised(noun));
    problems.show(List.of());
    reload.setVisible(false);
    save.setEnabled(true);
    delete.setVisible(editable && deleter != null && !record.isNew());
  }

  private void save() {
    if (!binder.writeBeanIfValid(bean)) {
      problems.show(List.of("Some fields need attention; the message is beside each one."));
      return;
    }
    try {
      T saved = saver.apply(bean);
      UserMessages.showSaved(capitalised(noun) + " saved");
      edit(saved);
      saveListeners.forEach(listener -> listener.accept(saved));
    } catch (RuntimeException problem) {
      report(problem);
    }
  }

  private void confirmDelete() {
    ConfirmDialog confirm =
        new ConfirmDialog(
            "Delete this " + noun + "?",
            "This cannot be undone. The deletion is recorded in the audit log.",
            "Delete",
            e -> delete());
    confirm.setId("confirm-delete");
    confirm.setCancelable(true);
    confirm.setConfirmButtonTheme("error primary");
    confirm.open();
  }

  private void delete() {
    try {
      deleter.accept(bean);
      UserMessages.showSaved(capitalised(noun) + " deleted");
      deleteListeners.forEach(Runnable::run);
    } catch (RuntimeException problem) {
      report(problem);
    }
  }

  private void reload() {
    try {
      T latest = reloader.apply(bean);
      edit(latest);
      reloadListeners.forEach(listener -> listener.accept(latest));
      UserMessages.showSaved("Reloaded: you now see the latest saved version");
    } catch (RuntimeException problem) {
      report(problem);
    }
  }

  private void close() {
    closeListeners.forEach(Runnable::run);
  }

  private void report(RuntimeException problem) {
    UserMessages.showProblem(problem);
    if (problem instanceof ValidationException invalid) {
      problems.show(invalid.problems());
    } else if (problem instanceof ConcurrentEditException || problem instanceof NotFoundException) {
      problems.show(List.of(problem.getMessage()));
    }
    boolean stale = problem instanceof ConcurrentEditException;
    reload.setVisible(stale && reloader != null);
    save.setEnabled(!stale);
  }

  private static Button button(String text, String id, Runnable action) {
    Button button = new Button(text, e -> action.run());
    button.setId(id);
    return button;
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
