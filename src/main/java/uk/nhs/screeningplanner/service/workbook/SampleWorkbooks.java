package uk.nhs.screeningplanner.service.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.sample.SampleService;
import uk.nhs.screeningplanner.service.sample.SampleServiceGenerator;
import uk.nhs.screeningplanner.service.sample.SampleSpec;

/**
 * Writes the sample workbooks of {@code sample-data/} from the deterministic sample generator: the
 * standard sample service (the one the app loads on first start) and the seven-service consortium;
 * and the empty template the Import and export page offers. The same anchor gives byte-for-byte the
 * same rows. Run from the project root:
 *
 * <pre>./mvnw -q spring-boot:run \
 *   -Dspring-boot.run.main-class=uk.nhs.screeningplanner.service.workbook.SampleWorkbooks \
 *   -Dspring-boot.run.arguments="sample-data 2026-11-23"</pre>
 *
 * Both arguments are optional; the anchor is a Monday, where the unit calendar and leave start.
 */
public final class SampleWorkbooks {

  /** The Monday the committed sample workbooks start from. */
  public static final LocalDate ANCHOR = LocalDate.of(2026, 11, 23);

  static final String SAMPLE_FILE = "sample-service.xlsx";
  static final String CONSORTIUM_FILE = "consortium.xlsx";
  static final String TEMPLATE_FILE = "service-workbook-template.xlsx";

  private SampleWorkbooks() {}

  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args.length > 0 ? args[0] : "sample-data");
    LocalDate anchor = args.length > 1 ? LocalDate.parse(args[1]) : ANCHOR;
    Files.createDirectories(directory);
    java.time.Instant created = anchor.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    write(standard(anchor), directory.resolve(SAMPLE_FILE), created);
    write(consortium(anchor), directory.resolve(CONSORTIUM_FILE), created);
    write(List.of(), directory.resolve(TEMPLATE_FILE), created);
  }

  /** The standard sample as workbook rows. */
  static List<WorkbookService> standard(LocalDate anchor) {
    return List.of(rows(new SampleServiceGenerator().generate(SampleSpec.standard(), anchor)));
  }

  /** The seven consortium services as workbook rows. */
  static List<WorkbookService> consortium(LocalDate anchor) {
    SampleServiceGenerator generator = new SampleServiceGenerator();
    return SampleSpec.consortium().stream()
        .map(spec -> rows(generator.generate(spec, anchor)))
        .toList();
  }

  /** A generated (unsaved) service as the rows its workbook holds. */
  static WorkbookService rows(SampleService sample) {
    StoredService service = new StoredService(sample.service());
    service.add(SettingsSheet.SHEET, sample.service());
    service.addAll(SitesSheet.SHEET, sample.sites());
    for (Site site : sample.sites()) {
      site.getBlackouts().forEach(b -> service.add(BlackoutsSheet.SHEET, SiteBlackout.of(site, b)));
    }
    service.addAll(UnitsSheet.SHEET, sample.units());
    service.addAll(PracticesSheet.SHEET, sample.practices());
    service.addAll(StaffSheet.SHEET, sample.staff());
    service.addAll(CalendarSheet.SHEET, sample.calendar());
    service.addAll(AvailabilitySheet.SHEET, sample.availability());
    return service.rows();
  }

  private static void write(List<WorkbookService> services, Path file, java.time.Instant created)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      ServiceWorkbookWriter.write(out, services, created);
    }
    System.out.println("Wrote " + file + ": " + counts(services));
  }

  private static String counts(List<WorkbookService> services) {
    StringBuilder text = new StringBuilder();
    for (EntitySheet<?> sheet : ServiceWorkbookFormat.SHEETS) {
      int rows = services.stream().mapToInt(s -> s.count(sheet)).sum();
      text.append(sheet.name()).append(' ').append(rows).append(", ");
    }
    return text.substring(0, text.length() - 2);
  }
}
