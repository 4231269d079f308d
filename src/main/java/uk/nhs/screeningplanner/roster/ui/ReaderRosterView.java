package uk.nhs.screeningplanner.roster.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import uk.nhs.screeningplanner.planning.ScoreWords;
import uk.nhs.screeningplanner.roster.ReaderRosterService;
import uk.nhs.screeningplanner.roster.RosterProgress;
import uk.nhs.screeningplanner.roster.RosterSnapshot;
import uk.nhs.screeningplanner.roster.RosterStatus;
import uk.nhs.screeningplanner.roster.domain.Dates;
import uk.nhs.screeningplanner.shared.UserMessages;

/**
 * The reader roster: who reads when and in which role, week by week; solve, explain, adjust and
 * pin, publish, record an absence and replan, export. Editors are rota coordinators and service
 * managers (and admins); executives see it read-only.
 */
@Route("reader-roster")
@PageTitle("Reader roster | Screening Planner")
@Menu(title = "Reader roster", order = 50, icon = "vaadin:glasses")
@RolesAllowed({"SERVICE_MANAGER", "ROTA_COORDINATOR", "EXECUTIVE", "ADMIN"})
public class ReaderRosterView extends VerticalLayout {

  private final ReaderRosterService roster;
  private final boolean editor;
  private final Span status = new Span();
  private final Span score = new Span();
  private final Div figures = new Div();
  private final ProgressBar progress = new ProgressBar();
  private final Span live = new Span();
  private final Select<Integer> week = new Select<>();
  private final Div body = new Div();
  private final Div extra = new Div();
  private final RosterToolbar toolbar;
  private final RadioButtonGroup<String> version = new RadioButtonGroup<>("Show");
  private final Span clashes = new Span();
  private RosterSnapshot snapshot;
  private UI ui;

  public ReaderRosterView(ReaderRosterService roster, AuthenticationContext auth) {
    this.roster = roster;
    this.editor = auth.hasAnyRole("SERVICE_MANAGER", "ROTA_COORDINATOR", "ADMIN");
    setMaxWidth("1400px");
    status.setId("roster-status");
    score.setId("roster-score");
    live.setId("roster-live");
    progress.setIndeterminate(true);
    progress.setWidth("160px");
    week.setId("roster-week");
    week.setLabel("Week");
    week.setWidth("17em");
    week.addValueChangeListener(e -> showGrid());
    body.setWidthFull();
    extra.setWidthFull();
    toolbar = new RosterToolbar(this, roster, editor);
    version.setId("roster-version");
    version.setItems(DRAFT, PUBLISHED);
    // Readers of the roster see the roster in force; editors work on the draft.
    version.setValue(editor ? DRAFT : PUBLISHED);
    version.addValueChangeListener(e -> refresh());
    clashes.setId("roster-clashes");
    clashes.addClassName("warning-text");
    add(
        new H2("Reader roster"),
        intro(),
        toolbar,
        new HorizontalLayout(progress, live),
        version,
        summary(),
        clashes,
        extra,
        body);
    showSolving(false);
  }

  private Paragraph intro() {
    Paragraph p =
        new Paragraph(
            "Plan who reads mammograms in each morning and afternoon session, as first reader,"
                + " second reader or arbitrator, so every case is read by two different readers"
                + " (plus arbitration) in time for the result to reach the woman within 14 days,"
                + " and every reader stays on track for 5,000 reads a year (1,500 first reads).");
    p.addClassName("page-help");
    return p;
  }

  static final String DRAFT = "Draft (being planned)";
  static final String PUBLISHED = "Roster in force (published)";

  private VerticalLayout summary() {
    VerticalLayout box = new VerticalLayout(status, score, figures);
    box.setPadding(false);
    box.setSpacing(false);
    return box;
  }

  @Override
  protected void onAttach(AttachEvent event) {
    ui = event.getUI();
    refresh();
    showSolving(roster.isSolving());
  }

  void refresh() {
    boolean published = PUBLISHED.equals(version.getValue());
    RosterSnapshot draft = roster.current().orElse(null);
    snapshot = published ? roster.published().orElse(null) : draft;
    toolbar.update(draft);
    if (snapshot == null) {
      status.setText(
          draft != null && published
              ? "No reader roster has been published yet; choose Draft to see the one being"
                  + " planned."
              : "There is no reader roster yet."
                  + (editor ? " Choose the weeks and press New roster." : ""));
      score.setText("");
      figures.removeAll();
      clashes.setText("");
      body.removeAll();
      return;
    }
    long clashing = snapshot.cells().stream().filter(c -> c.draftClash() != null).count();
    clashes.setText(
        published || clashing == 0
            ? ""
            : clashing
                + " sessions clash with the draft clinic schedule (marked !): a warning, as the"
                + " draft is not in force, but both cannot be published as they are.");
    status.setText(
        String.format(
            "%s roster, %s to %s (%s)%s",
            snapshot.status().label(),
            Dates.show(snapshot.start()),
            Dates.show(snapshot.end()),
            snapshot.published(),
            snapshot.replanFrom() != null && !roster.isSolving()
                ? "; to be replanned from " + Dates.show(snapshot.replanFrom())
                : ""));
    score.setText(plainScore(snapshot));
    showFigures();
    List<Integer> weeks = IntStream.rangeClosed(1, snapshot.days().size() / 5).boxed().toList();
    Integer chosen = week.getValue();
    week.setItems(weeks);
    week.setItemLabelGenerator(
        w -> "Week " + w + ": " + Dates.show(snapshot.days().get((w - 1) * 5)));
    week.setValue(chosen != null && chosen <= weeks.size() ? chosen : 1);
    showGrid();
  }

  /** The figures against the bound; while the bound is computed, refresh when it is ready. */
  private void showFigures() {
    figures.removeAll();
    if (snapshot.figures() == null) {
      return;
    }
    figures.add(new RosterFiguresPanel(snapshot.figures()));
    if ("computing".equals(snapshot.figures().boundState()) && ui != null) {
      UI current = ui;
      roster.whenBoundReady(
          () ->
              current.access(
                  () -> {
                    if (snapshot != null && "computing".equals(snapshot.figures().boundState())) {
                      refresh();
                    }
                  }));
    }
  }

  static String plainScore(RosterSnapshot s) {
    return inWords(s.score())
        + String.format(
            ". Cases read after %d working days: %,d.", s.targetWorkingDays(), s.casesLate())
        + " Reads per case: "
        + s.formula()
        + ".";
  }

  /** The roster's score as a sentence (hard rules, case-days late, cost of the soft rules). */
  static String inWords(String score) {
    String words =
        ScoreWords.describe(score, "case-days late", "volumes, fairness, wishes and changes");
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private void showGrid() {
    body.removeAll();
    if (snapshot == null || week.getValue() == null) {
      return;
    }
    int w = week.getValue();
    List<LocalDate> days =
        snapshot.days().subList((w - 1) * 5, Math.min(snapshot.days().size(), w * 5));
    body.add(new HorizontalLayout(week, legend()));
    body.add(
        new RosterGrid(
            snapshot,
            days,
            editor && DRAFT.equals(version.getValue()),
            (reader, cell) ->
                new ShiftDialog(
                        reader.name(),
                        cell,
                        (role, pinned) ->
                            act(
                                () -> roster.setRole(cell.shiftId(), role.orElse(null), pinned),
                                "Saved the session"))
                    .open()));
    body.add(new BacklogChart(snapshot));
  }

  private static Div legend() {
    Div legend = new Div();
    legend.setId("roster-legend");
    legend
        .getStyle()
        .set("display", "flex")
        .set("gap", "8px")
        .set("align-items", "end")
        .set("flex-wrap", "wrap");
    for (var role : uk.nhs.screeningplanner.roster.domain.ReadingRole.values()) {
      Span chip = new Span(role.letter() + " = " + role.label());
      RoleLook.chip(chip, RoleLook.colour(role));
      legend.add(chip);
    }
    Span off = new Span("off = unavailable");
    RoleLook.chip(off, RoleLook.OFF);
    Span clinic = new Span("clinic = at a published clinic session");
    RoleLook.chip(clinic, RoleLook.OFF);
    Span free = new Span("– = not reading");
    RoleLook.chip(free, "#ffffff");
    Span pin =
        new Span(com.vaadin.flow.component.icon.VaadinIcon.PIN.create(), new Span(" = pinned"));
    Span changed = new Span("dashed red = changed since published");
    legend.add(off, clinic, free, pin, changed);
    return legend;
  }

  void showExtra(com.vaadin.flow.component.Component component) {
    extra.removeAll();
    if (component != null) {
      extra.add(component);
    }
  }

  void solve() {
    act(
        () -> {
          roster.solve(p -> ui.access(() -> progressed(p)));
          showSolving(true);
          live.setText("Solving: building a first roster…");
        },
        null);
  }

  private void progressed(RosterProgress p) {
    live.setText(
        (p.finished() ? p.status() + ". " : "Solving. ")
            + "Best so far: "
            + inWords(p.score())
            + "; "
            + String.format("%,d", p.casesLate())
            + " cases would be read late.");
    if (p.finished()) {
      showSolving(false);
      refresh();
      if (snapshot != null
          && snapshot.status() == RosterStatus.DRAFT
          && snapshot.changedCount() > 0) {
        toolbar.showChanges();
      }
    }
  }

  void showSolving(boolean solving) {
    progress.setVisible(solving);
    toolbar.solving(solving);
  }

  /** Runs one user action; a refused action shows its reason and changes nothing. */
  void act(Runnable action, String saved) {
    try {
      action.run();
      if (saved != null) {
        UserMessages.showSaved(saved);
        refresh();
      }
    } catch (RuntimeException e) {
      UserMessages.showProblem(e);
    }
  }

  RosterSnapshot snapshot() {
    return snapshot;
  }
}
