package uk.nhs.screeningplanner.service.workbook;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.nhs.screeningplanner.shared.Conflicts;
import uk.nhs.screeningplanner.shared.NotFoundException;

/**
 * The service workbook over HTTP, for scripts: the template and exports to download, and a workbook
 * to check or import, sent as the request body or as a multipart field named {@code file}. Imports
 * need the SERVICE_MANAGER or ADMIN role; see the README for authentication.
 */
@RestController
@RequestMapping("/api/workbook")
class WorkbookController {

  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final WorkbookImportService imports;
  private final WorkbookExportService exports;

  WorkbookController(WorkbookImportService imports, WorkbookExportService exports) {
    this.imports = imports;
    this.exports = exports;
  }

  @GetMapping("/template")
  ResponseEntity<StreamingResponseBody> template() {
    return download(exports.templateFileName(), exports::template);
  }

  @GetMapping("/export")
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam(name = "service", required = false) String service) {
    if (service == null) {
      return download(exports.exportFileName(), exports::exportAll);
    }
    return download(exports.exportFileName(), out -> exports.export(service, out));
  }

  /** Reads and checks a workbook and says what importing it would change. Writes nothing. */
  @PostMapping("/check")
  ResponseEntity<ImportResponse> check(HttpServletRequest request) throws IOException {
    ImportCheck check = read(request);
    return ResponseEntity.status(
            check.hasErrors() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK)
        .body(ImportResponse.checked(check));
  }

  /**
   * Checks a workbook and, when it has no errors, imports it in one transaction. With {@code
   * expect}, the fingerprint of an earlier check, it imports only if the changes are still exactly
   * those. An import that would remove more than the set share of a sheet's records, or all of
   * them, is refused (409) unless {@code allowRemovals=true}.
   */
  @PostMapping("/import")
  ResponseEntity<ImportResponse> importWorkbook(
      HttpServletRequest request,
      @RequestParam(name = "expect", required = false) String expect,
      @RequestParam(name = "allowRemovals", defaultValue = "false") boolean allowRemovals)
      throws IOException {
    if (expect != null && !FINGERPRINT.matcher(expect).matches()) {
      throw new BadRequestException(
          "'expect' must be the fingerprint a check answered (16 letters and digits, 0-9 and a-f),"
              + " not '"
              + expect
              + "'. Nothing was imported.");
    }
    ImportCheck check = read(request);
    if (check.hasErrors()) {
      return ResponseEntity.unprocessableEntity().body(ImportResponse.checked(check));
    }
    if (expect != null && !expect.equals(check.preview().fingerprint())) {
      throw new StalePreviewException();
    }
    return ResponseEntity.ok(ImportResponse.applied(check, imports.apply(check, allowRemovals)));
  }

  @ExceptionHandler(StalePreviewException.class)
  ResponseEntity<String> stale(StalePreviewException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .contentType(MediaType.TEXT_PLAIN)
        .body(e.getMessage());
  }

  /**
   * An import that clashed with another made at the same moment (the same record saved or added
   * first by the other): rolled back, nothing imported, the same answer as a stale preview.
   */
  @ExceptionHandler({ConcurrencyFailureException.class, DataIntegrityViolationException.class})
  ResponseEntity<String> clash(RuntimeException e) {
    if (!Conflicts.isConflict(e)) {
      throw e;
    }
    return stale(new StalePreviewException());
  }

  @ExceptionHandler(LargeRemovalException.class)
  ResponseEntity<String> largeRemoval(LargeRemovalException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .contentType(MediaType.TEXT_PLAIN)
        .body(e.getMessage() + " Through the API: add ?allowRemovals=true.");
  }

  @ExceptionHandler(BadRequestException.class)
  ResponseEntity<String> badRequest(BadRequestException e) {
    return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
  }

  /** A request the API cannot act on as sent; the message says what to send. */
  static final class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
      super(message);
    }
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<String> notFound(NotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(MediaType.TEXT_PLAIN)
        .body(e.getMessage());
  }

  private ImportCheck read(HttpServletRequest request) throws IOException {
    if (request instanceof MultipartHttpServletRequest multipart) {
      MultipartFile file = multipart.getFile("file");
      if (file == null) {
        throw new BadRequestException(
            "The upload has no part named 'file'"
                + (multipart.getFileMap().isEmpty()
                    ? ""
                    : " (it has " + String.join(", ", multipart.getFileMap().keySet()) + ")")
                + ". Send the workbook as the 'file' part, e.g. curl -F file=@workbook.xlsx."
                + " Nothing was read.");
      }
      try (InputStream in = file.getInputStream()) {
        return imports.check(in, file.getOriginalFilename(), message -> {});
      }
    }
    String name = request.getHeader("X-File-Name");
    try (InputStream in = request.getInputStream()) {
      return imports.check(in, name == null ? "upload.xlsx" : name, message -> {});
    }
  }

  private static ResponseEntity<StreamingResponseBody> download(
      String fileName, StreamingResponseBody body) {
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }
}
