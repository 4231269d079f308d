package uk.nhs.screeningplanner.service.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.screeningplanner.shared.NotFoundException;

/**
 * Writes the reference data to the service workbook format, so that exporting and importing again
 * changes nothing; and writes the empty template. Reads only.
 */
@Service
public class WorkbookExportService {

  private final StoredServices stored;
  private final TransactionTemplate readOnly;
  private final Clock clock;

  WorkbookExportService(
      StoredServices stored, PlatformTransactionManager transactions, Clock clock) {
    this.stored = stored;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.clock = clock;
  }

  /** Each service with how much it holds, oldest first. */
  public List<HeldService> held() {
    return readOnly.execute(
        status ->
            stored.services.findAll(org.springframework.data.domain.Sort.by("id")).stream()
                .map(
                    s ->
                        new HeldService(
                            s.getCode(),
                            s.getName(),
                            stored.sites.findByServiceOrderByCode(s).size(),
                            stored.units.findByServiceOrderByCode(s).size(),
                            stored.practices.countByService(s),
                            stored.staff.findByServiceOrderByName(s).size(),
                            stored.availability.countByService(s)))
                .toList());
  }

  /** Every service, in one workbook. */
  public void exportAll(OutputStream out) throws IOException {
    List<WorkbookService> services =
        readOnly.execute(status -> stored.all().stream().map(StoredService::rows).toList());
    ServiceWorkbookWriter.write(out, services);
  }

  /** One service, by code. */
  public void export(String serviceCode, OutputStream out) throws IOException {
    WorkbookService service =
        readOnly.execute(
            status ->
                stored
                    .find(serviceCode)
                    .map(StoredService::rows)
                    .orElseThrow(
                        () -> new NotFoundException("There is no service " + serviceCode + ".")));
    ServiceWorkbookWriter.write(out, List.of(service));
  }

  /** The empty workbook, with headers, notes and drop-downs, to fill in. */
  public void template(OutputStream out) throws IOException {
    ServiceWorkbookWriter.write(out, List.of());
  }

  public String exportFileName() {
    return "service-workbook-" + LocalDate.now(clock) + ".xlsx";
  }

  public String templateFileName() {
    return "service-workbook-template.xlsx";
  }
}
