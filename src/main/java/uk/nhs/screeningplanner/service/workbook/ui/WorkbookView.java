package uk.nhs.screeningplanner.service.workbook.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.Future;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.nhs.screeningplanner.service.workbook.ImportCheck;
import uk.nhs.screeningplanner.service.workbook.ImportOutcome;
import uk.nhs.screeningplanner.service.workbook.LargeRemovalException;
import uk.nhs.screeningplanner.service.workbook.StalePreviewException;
import uk.nhs.screeningplanner.service.workbook.WorkbookExportService;
import uk.nhs.screeningplanner.service.workbook.WorkbookImportService;
import uk.nhs.screeningplanner.shared.UserMessages;

/**
 * Import and export of the service workbook: download the template or the current data, upload a
 * filled-in workbook, read its problems or preview its changes, and confirm. Reading and importing
 * run in the background with progress and Stop.
 */
@Route("workbook")
@PageTitle("Import and export | Screening Planner")
@Menu(title = "Import and export", order = 80, icon = "vaadin:exchange")
@RolesAllowed({"SERVICE_MANAGER", "ADMIN"})
public class WorkbookView extends VerticalLayout {

  private final WorkbookImportService imports;
  private final WorkbookExportService exports;
  private final ImportJobs jobs;
  private final SecurityContext user = SecurityContextHolder.getContext();
  private final Div result = new Div();
  private final Span status = new Span();
  private final ProgressBar progress = new ProgressBar();
  private final Button stop = new Button("Stop");
  private final HeldDataGrid held = new HeldDataGrid();
  private Upload upload;
  private Future<?> running;
  private UI ui;

  /** Counts jobs, so the result of a stopped or replaced job is not shown. */
  private int job;

  public WorkbookView(
      WorkbookImportService imports, WorkbookExportService exports, ImportJobs jobs) {
    this.imports = imports;
    this.exports = exports;
    this.jobs = jobs;
    setMaxWidth("1200px");
    result.setId("import-result");
    result.setWidthFull();
    add(new H2("Import and export"), intro(), downloads(), uploadSection(), result, heldSection());
    refreshHeld();
  }

  private Paragraph intro() {
    Paragraph intro =
        new Paragraph(
            "Bring your planning inputs in from Excel, and take them out again. The service"
                + " workbook has a sheet for settings, sites, site blackouts, units, the unit"
                + " calendar, practices, staff, availability and (optionally) demand; the"
                + " template's Read me sheet and column notes say what to enter.");
    intro.addClassName("page-help");
    return intro;
  }

  private HorizontalLayout downloads() {
    Anchor template =
        Downloads.link(
            "download-template",
            "Download the template",
            exports.templateFileName(),
            exports::template);
    Anchor export =
        Downloads.link(
            "export-all",
            "Export all reference data",
            exports.exportFileName(),
            exports::exportAll);
    return new HorizontalLayout(template, export);
  }

  private VerticalLayout uploadSection() {
    upload =
        new Upload(
            UploadHandler.toTempFile(
                (metadata, file) -> ui.access(() -> startCheck(metadata.fileName(), file))));
    upload.setId("workbook-upload");
    upload.setAcceptedFileTypes(Downloads.XLSX, ".xlsx");
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) imports.limits().maxFileBytes());
    upload.addFileRejectedListener(
        e -> showStatus(e.getErrorMessage() + ". " + imports.limits().fileTooLarge(), false));
    Paragraph limits =
        new Paragraph(
            String.format(
                "Upload a filled-in service workbook (.xlsx, up to %,d MB and %,d rows a sheet)."
                    + " It is checked first; nothing changes until you confirm.",
                imports.limits().maxFileMegabytes(), imports.limits().maxDataRows()));
    progress.setIndeterminate(true);
    stop.setId("stop-import");
    stop.addClickListener(e -> stopRunning());
    HorizontalLayout working = new HorizontalLayout(progress, status, stop);
    working.setWidthFull();
    working.setFlexGrow(1, progress);
    status.setId("import-status");
    showWorking(false);
    VerticalLayout section =
        new VerticalLayout(new H3("Import a workbook"), limits, upload, working);
    section.setPadding(false);
    return section;
  }

  @Override
  protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
    ui = event.getUI();
  }

  private void startCheck(String fileName, File file) {
    result.removeAll();
    showWorking(true);
    showStatus("Reading " + fileName, true);
    int thisJob = ++job;
    running =
        jobs.run(
            user,
            () -> {
              ImportCheck check;
              try (InputStream in = Files.newInputStream(file.toPath())) {
                check = imports.check(in, fileName, m -> ui.access(() -> progressed(thisJob, m)));
              } catch (IOException | RuntimeException e) {
                ui.access(() -> failed(thisJob, e));
                return;
              } finally {
                file.delete();
              }
              ui.access(() -> showCheck(thisJob, check));
            });
  }

  private void progressed(int thisJob, String message) {
    if (thisJob == job) {
      status.setText(message);
    }
  }

  private void showCheck(int thisJob, ImportCheck check) {
    if (thisJob != job) {
      return; // stopped, or another upload came after it
    }
    showWorking(false);
    upload.clearFileList();
    result.removeAll();
    if (check.hasErrors()) {
      showStatus("The workbook has problems; nothing was imported.", false);
      result.add(new ProblemsPanel(check.fileName(), check.problems(), true));
      return;
    }
    showStatus("Checked " + check.fileName() + ": no errors. Review the changes below.", false);
    result.add(
        new PreviewPanel(check, allowRemovals -> startApply(check, allowRemovals), this::cancel));
    if (!check.warnings().isEmpty()) {
      result.add(new ProblemsPanel(check.fileName(), check.warnings(), false));
    }
  }

  private void startApply(ImportCheck check, boolean allowRemovals) {
    showWorking(true);
    stop.setVisible(false); // an import is one transaction: it completes or rolls back whole
    showStatus("Importing " + check.fileName(), true);
    int thisJob = ++job;
    running =
        jobs.run(
            user,
            () -> {
              try {
                ImportOutcome outcome = imports.apply(check, allowRemovals);
                ui.access(() -> imported(outcome));
              } catch (RuntimeException e) {
                ui.access(() -> failed(thisJob, e));
              }
            });
  }

  private void imported(ImportOutcome outcome) {
    showWorking(false);
    result.removeAll();
    Paragraph done = new Paragraph(outcome.summary());
    done.setId("import-done");
    result.add(new H3("Imported"), done);
    showStatus("Imported " + outcome.fileName() + ".", false);
    UserMessages.showSaved("Imported " + outcome.fileName());
    refreshHeld();
  }

  private void failed(int thisJob, Exception problem) {
    if (thisJob != job) {
      return;
    }
    showWorking(false);
    if (problem instanceof StalePreviewException || problem instanceof LargeRemovalException) {
      showStatus(problem.getMessage(), false);
      result.removeAll();
      return;
    }
    showStatus("Nothing was imported.", false);
    UserMessages.showProblem(
        problem instanceof RuntimeException runtime ? runtime : new RuntimeException(problem));
  }

  private void cancel() {
    result.removeAll();
    showStatus("Cancelled: nothing was imported.", false);
  }

  private void stopRunning() {
    job++;
    if (running != null) {
      running.cancel(true);
    }
    showWorking(false);
    result.removeAll();
    showStatus("Stopped: nothing was imported.", false);
  }

  private void showWorking(boolean working) {
    progress.setVisible(working);
    stop.setVisible(working);
  }

  private void showStatus(String text, boolean working) {
    status.setText(text);
    progress.setVisible(working);
  }

  private VerticalLayout heldSection() {
    VerticalLayout section = new VerticalLayout(new H3("Reference data held now"), held);
    section.setPadding(false);
    return section;
  }

  private void refreshHeld() {
    held.setItems(exports.held());
  }
}
