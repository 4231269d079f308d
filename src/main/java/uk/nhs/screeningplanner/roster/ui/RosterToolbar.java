package uk.nhs.screeningplanner.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import uk.nhs.screeningplanner.roster.ReaderRosterService;
import uk.nhs.screeningplanner.roster.RosterChange;
import uk.nhs.screeningplanner.roster.RosterSnapshot;
import uk.nhs.screeningplanner.roster.RosterStatus;
import uk.nhs.screeningplanner.roster.domain.Dates;

/** The roster's actions; editors get all of them, read-only users Why? and Export. */
final class RosterToolbar extends HorizontalLayout {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final ReaderRosterView view;
  private final ReaderRosterService roster;
  private final Select<Integer> weeks = new Select<>();
  private final Button create = new Button("New roster");
  private final Button solve = new Button("Solve");
  private final Button stop = new Button("Stop");
  private final Button why = new Button("Why?");
  private final Button publish = new Button("Publish");
  private final Button absence = new Button("Record absence");
  private final Button changes = new Button("Changes since published");
  private final Button revert = new Button("Revert to published");
  private final Anchor export;

  RosterToolbar(ReaderRosterView view, ReaderRosterService roster, boolean editor) {
    this.view = view;
    this.roster = roster;
    setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
    getStyle().set("flex-wrap", "wrap");
    weeks.setId("roster-weeks");
    weeks.setLabel("Weeks");
    weeks.setItems(List.of(4, 5, 6, 7, 8, 9, 10, 11, 12));
    weeks.setValue(12);
    weeks.setWidth("6em");
    create.setId("roster-create");
    create.addClickListener(
        e -> view.act(() -> roster.create(weeks.getValue()), "Created a new draft roster"));
    solve.setId("roster-solve");
    solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    solve.addClickListener(e -> view.solve());
    stop.setId("roster-stop");
    stop.addClickListener(e -> view.act(roster::stop, null));
    why.setId("roster-why");
    why.addClickListener(e -> roster.explain().ifPresent(x -> view.showExtra(new WhyPanel(x))));
    publish.setId("roster-publish");
    publish.addClickListener(e -> confirmPublish());
    revert.setId("roster-revert");
    revert.addClickListener(e -> confirmRevert());
    absence.setId("roster-absence");
    absence.addClickListener(
        e ->
            new AbsenceDialog(
                    view.snapshot(),
                    a ->
                        view.act(
                            () -> {
                              roster.recordAbsence(a.staffId(), a.from(), a.to(), a.reason());
                              view.refresh();
                              view.solve();
                            },
                            null))
                .open());
    changes.setId("roster-changes");
    changes.addClickListener(e -> showChanges());
    export =
        new Anchor(
            (DownloadHandler)
                event -> {
                  event.setFileName(roster.exportFileName());
                  event.setContentType(XLSX);
                  event.getOutputStream().write(roster.export().orElse(new byte[0]));
                },
            com.vaadin.flow.component.html.AttachmentType.DOWNLOAD,
            "Export .xlsx");
    export.setId("roster-export");
    if (editor) {
      add(weeks, create, solve, stop, why, publish, revert, absence, changes, export);
    } else {
      add(why, export);
    }
  }

  void update(RosterSnapshot snapshot) {
    boolean has = snapshot != null;
    solve.setEnabled(has);
    why.setEnabled(has);
    publish.setEnabled(has && snapshot.status() == RosterStatus.DRAFT);
    absence.setEnabled(has);
    changes.setEnabled(has && snapshot.changedCount() > 0);
    revert.setEnabled(
        has && snapshot.publishedAt() != null && snapshot.status() == RosterStatus.DRAFT);
    export.setEnabled(has);
    // a disabled link is not a disabled control to assistive technology (or axe) without this
    export.getElement().setAttribute("aria-disabled", String.valueOf(!has));
  }

  private void confirmPublish() {
    RosterSnapshot s = view.snapshot();
    String text =
        s != null && s.publishedAt() != null
            ? s.changedCount()
                + " sessions differ from the roster in force (see Changes since published)."
                + " Publish them to the readers?"
            : "Publish this roster to the readers? It becomes the roster in force, and the"
                + " clinic schedule will not book anyone for a half-day they read in.";
    new ConfirmDialog(
            "Publish the reader roster?",
            text,
            "Publish",
            e -> view.act(roster::publish, "Published the roster"),
            "Cancel",
            e -> {})
        .open();
  }

  private void confirmRevert() {
    RosterSnapshot s = view.snapshot();
    ConfirmDialog dialog =
        new ConfirmDialog(
            "Revert to the published roster?",
            s.changedCount()
                + " sessions differ from the roster "
                + s.published()
                + ". Reverting puts every one back as published and undoes every later edit,"
                + " solve and replan.",
            "Revert",
            e -> view.act(roster::revertToPublished, "Back to the published roster"),
            "Cancel",
            e -> {});
    dialog.setConfirmButtonTheme("error primary");
    dialog.open();
  }

  void solving(boolean running) {
    stop.setVisible(running);
    solve.setEnabled(!running && view.snapshot() != null);
    create.setEnabled(!running);
    publish.setEnabled(
        !running && view.snapshot() != null && view.snapshot().status() == RosterStatus.DRAFT);
    revert.setEnabled(
        !running
            && view.snapshot() != null
            && view.snapshot().publishedAt() != null
            && view.snapshot().status() == RosterStatus.DRAFT);
  }

  void showChanges() {
    List<RosterChange> list = roster.changes();
    Div panel = new Div();
    panel.setId("roster-diff");
    panel.add(new H3("Changes since the published roster (" + list.size() + ")"));
    if (list.isEmpty()) {
      panel.add(new Paragraph("Nothing has changed since the roster was published."));
    } else {
      panel.add(new Paragraph("Check these with the readers concerned, then press Publish."));
      UnorderedList items = new UnorderedList();
      for (RosterChange c : list) {
        items.add(
            new ListItem(
                c.reader()
                    + ", "
                    + Dates.show(c.date())
                    + " "
                    + c.part().label().toLowerCase()
                    + ": "
                    + (c.before() == null ? "not reading" : c.before().label())
                    + " → "
                    + (c.after() == null ? "not reading" : c.after().label())));
      }
      panel.add(items);
    }
    view.showExtra(panel);
  }
}
