package uk.nhs.screeningplanner.service.workbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.screeningplanner.audit.AuditAction;
import uk.nhs.screeningplanner.audit.AuditLog;
import uk.nhs.screeningplanner.spreadsheet.Problem;
import uk.nhs.screeningplanner.spreadsheet.SpreadsheetLimits;

/**
 * Imports a service workbook in two steps: {@link #check} reads and checks the file and previews
 * what would change, writing nothing; {@link #apply} makes those changes in one transaction and
 * records them in the audit log. A workbook with any error is never applied.
 */
@Service
public class WorkbookImportService {

  static final String AUDIT_TYPE = "service workbook";

  private final ServiceWorkbookReader reader;
  private final StoredServices stored;
  private final ImportApplier applier;
  private final AuditLog audit;
  private final TransactionTemplate readOnly;
  private final SpreadsheetLimits limits = SpreadsheetLimits.standard();

  private final double removalShare;

  WorkbookImportService(
      Validator validator,
      StoredServices stored,
      ImportApplier applier,
      AuditLog audit,
      PlatformTransactionManager transactions,
      @Value("${planner.workbook.confirm-removals-over:0.2}") double removalShare) {
    if (!(removalShare >= 0 && removalShare <= 1)) {
      throw new IllegalStateException(
          "planner.workbook.confirm-removals-over must be a share between 0 and 1, e.g. 0.2; it"
              + " is "
              + removalShare);
    }
    this.removalShare = removalShare;
    this.reader = new ServiceWorkbookReader(validator, limits);
    this.stored = stored;
    this.applier = applier;
    this.audit = audit;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /** The limits every uploaded file is held to. */
  public SpreadsheetLimits limits() {
    return limits;
  }

  /**
   * Reads and checks an uploaded workbook and previews its changes. Writes nothing.
   *
   * @param upload the file as uploaded; read at most to the size limit
   * @param progress told what is happening, for a progress line
   */
  @RolesAllowed({"SERVICE_MANAGER", "ADMIN"})
  public ImportCheck check(InputStream upload, String fileName, Consumer<String> progress) {
    Path file = null;
    try {
      file = Files.createTempFile("service-workbook-", ".xlsx");
      if (!copyWithinLimit(upload, file)) {
        return failed(fileName, limits.fileTooLarge());
      }
      ServiceWorkbook workbook = reader.read(file, progress);
      if (workbook.hasErrors()) {
        return new ImportCheck(fileName, workbook.problems(), null, workbook);
      }
      progress.accept("Comparing with the data held now");
      ImportPreview preview = readOnly.execute(status -> Previews.of(plan(workbook), removalShare));
      return new ImportCheck(fileName, workbook.problems(), preview, workbook);
    } catch (IOException e) {
      return failed(fileName, "The upload could not be stored to be read. Try again.");
    } finally {
      deleteQuietly(file);
    }
  }

  /**
   * Applies a checked workbook in one transaction, if the data has not changed since it was
   * checked; otherwise refuses, and nothing is written. An import that would remove more than the
   * set share of a sheet's records, or all of them, is refused unless {@code allowRemovals}.
   */
  @RolesAllowed({"SERVICE_MANAGER", "ADMIN"})
  @Transactional
  public ImportOutcome apply(ImportCheck check, boolean allowRemovals) {
    if (check.hasErrors() || check.preview() == null) {
      throw new IllegalArgumentException("A workbook with errors is never imported");
    }
    ImportPlan plan = plan(check.workbook());
    if (!plan.fingerprint().equals(check.preview().fingerprint())) {
      throw new StalePreviewException();
    }
    ImportPreview done = Previews.of(plan, removalShare);
    if (done.needsRemovalConfirmation() && !allowRemovals) {
      throw new LargeRemovalException(done.largeRemovals());
    }
    List<WorkbookService> losing =
        plan.services().stream()
            .filter(s -> s.sheets().stream().anyMatch(d -> !d.removed().isEmpty()))
            .map(ImportPlan.ServicePlan::stored)
            .toList();
    for (ImportPlan.ServicePlan service : plan.services()) {
      applier.apply(service.incoming(), service.records());
    }
    String summary = "Imported " + check.fileName() + ": " + done.summary();
    if (losing.isEmpty()) {
      audit.record(AuditAction.IMPORT, AUDIT_TYPE, null, summary);
    } else {
      String kept =
          "before-import-"
              + String.join("-", losing.stream().map(WorkbookService::code).toList())
              + ".xlsx";
      audit.record(
          AuditAction.IMPORT,
          AUDIT_TYPE,
          null,
          summary + ". The records as they were are kept in " + kept + " (audit log).",
          kept,
          asWorkbook(losing));
    }
    return new ImportOutcome(check.fileName(), done, summary);
  }

  /** Applies a checked workbook that needs no confirmation of its removals; see above. */
  @RolesAllowed({"SERVICE_MANAGER", "ADMIN"})
  @Transactional
  public ImportOutcome apply(ImportCheck check) {
    return apply(check, false);
  }

  private static byte[] asWorkbook(List<WorkbookService> services) {
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      ServiceWorkbookWriter.write(out, services);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Writing a workbook in memory cannot fail", e);
    }
  }

  private ImportPlan plan(ServiceWorkbook workbook) {
    List<ImportPlan.ServicePlan> services = new ArrayList<>();
    for (WorkbookService incoming : workbook.services()) {
      services.add(ImportPlan.plan(incoming, stored.find(incoming.code()).orElse(null)));
    }
    return new ImportPlan(services);
  }

  private ImportCheck failed(String fileName, String message) {
    return new ImportCheck(fileName, List.of(Problem.ofFile(message)), null, null);
  }

  private boolean copyWithinLimit(InputStream upload, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n = upload.read(buffer); n >= 0; n = upload.read(buffer)) {
        total += n;
        if (total > limits.maxFileBytes()) {
          return false;
        }
        out.write(buffer, 0, n);
      }
    }
    return true;
  }

  private static void deleteQuietly(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
