package uk.nhs.screeningplanner.service.workbook;

import jakarta.validation.Validator;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.screeningplanner.spreadsheet.Problems;
import uk.nhs.screeningplanner.spreadsheet.SpreadsheetLimits;
import uk.nhs.screeningplanner.spreadsheet.WorkbookContents;
import uk.nhs.screeningplanner.spreadsheet.WorkbookReader;

/**
 * Imports the consortium workbook (7 services, ~800 practices, ~250 staff, ~20,000 availability
 * rows) into an empty database and reports parse, validation and write times and the peak heap. Not
 * part of the test run (surefire excludes *Benchmark); run it with
 *
 * <pre>./mvnw -o test -Dtest=WorkbookImportBenchmark -DargLine=-Xmx1g</pre>
 *
 * The figures are printed and written to target/benchmarks/workbook-import.txt.
 */
@SpringBootTest(properties = "planner.sample-data.load-on-empty=false")
@ActiveProfiles("test")
@WithMockUser(username = "benchmark", roles = "SERVICE_MANAGER")
class WorkbookImportBenchmark {

  static final Path CONSORTIUM = Path.of("sample-data", SampleWorkbooks.CONSORTIUM_FILE);

  @Autowired WorkbookImportService imports;
  @Autowired Validator validator;

  @Test
  void importTheConsortiumWorkbookIntoAnEmptyDatabase() throws Exception {
    resetPeakHeap();
    long start = System.nanoTime();
    ImportCheck check;
    try (InputStream in = Files.newInputStream(CONSORTIUM)) {
      check = imports.check(in, CONSORTIUM.getFileName().toString(), message -> {});
    }
    long checked = System.nanoTime();
    ImportOutcome outcome = imports.apply(check);
    long written = System.nanoTime();
    long peak = peakHeapMegabytes();

    // the check again, split into its parts (the JVM is warm now)
    long parseStart = System.nanoTime();
    WorkbookContents contents =
        new WorkbookReader(
                ServiceWorkbookFormat.LAYOUTS,
                ServiceWorkbookFormat.IGNORED_SHEETS,
                SpreadsheetLimits.standard())
            .read(CONSORTIUM, message -> {});
    long parsed = System.nanoTime();
    Problems problems = new Problems(1000);
    List<WorkbookService> services =
        new WorkbookAssembler(contents, new RecordChecks(validator), problems).assemble();
    long validated = System.nanoTime();
    if (check.hasErrors() || problems.hasErrors() || services.size() != 7) {
      throw new IllegalStateException(
          "The consortium workbook should be valid: " + problems.list());
    }

    String report =
        String.format(
            "Service workbook import benchmark, %s%n"
                + "file: %s (%,d bytes), %d cores, max heap %,d MB%n"
                + "%s%n"
                + "First import, cold JVM, empty in-memory H2 database:%n"
                + "  check (parse + validate + compare with the database): %,6d ms%n"
                + "  write (compare again, apply in one transaction, audit): %,6d ms%n"
                + "  whole import:                                         %,6d ms%n"
                + "  peak heap:                                            %,6d MB%n"
                + "The check's parts, measured again on the warm JVM:%n"
                + "  parse (unzip, limit checks, stream sheets into typed rows): %,6d ms%n"
                + "  validate (build records, every form rule, cross-sheet checks): %,6d ms%n",
            LocalDateTime.now().withNano(0),
            CONSORTIUM,
            Files.size(CONSORTIUM),
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() / (1024 * 1024),
            outcome.summary(),
            millis(start, checked),
            millis(checked, written),
            millis(start, written),
            peak,
            millis(parseStart, parsed),
            millis(parsed, validated));
    System.out.println(report);
    Path out = Path.of("target", "benchmarks", "workbook-import.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }

  private static void resetPeakHeap() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of each heap pool's peak: an upper bound of the heap in use at any one moment. */
  private static long peakHeapMegabytes() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }
}
