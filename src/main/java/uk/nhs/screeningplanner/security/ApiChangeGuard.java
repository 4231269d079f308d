package uk.nhs.screeningplanner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets through only API changes a browser cannot be made to send by another page. A page can make a
 * browser send a "simple" request (a form-encoded, multipart or text/plain body, no custom header)
 * to any site without asking it first, and the browser adds the Basic credentials it remembers. A
 * request with a custom header, or an octet-stream or spreadsheet body, is sent only after a CORS
 * preflight, which this server never grants. So every change (any method but GET, HEAD, OPTIONS)
 * needs the {@value #HEADER} header, and its body must be a spreadsheet, an octet stream or
 * multipart. Checked before the credentials, so a forged request costs no password check.
 */
class ApiChangeGuard extends OncePerRequestFilter {

  static final String HEADER = "X-Requested-With";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private static final List<MediaType> CHANGE_BODIES =
      List.of(
          MediaType.APPLICATION_OCTET_STREAM,
          MediaType.MULTIPART_FORM_DATA,
          MediaType.parseMediaType(
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
      chain.doFilter(request, response);
      return;
    }
    String header = request.getHeader(HEADER);
    if (header == null || header.isBlank()) {
      ApiResponses.plain(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "Changes through the API need the header "
              + HEADER
              + " (any value, e.g. '"
              + HEADER
              + ": script'), which a web page cannot send for you. Nothing was changed.");
      return;
    }
    if (!acceptedBody(request.getContentType())) {
      ApiResponses.plain(
          response,
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "Send the workbook as multipart/form-data (a part named 'file'), or as the request body"
              + " with Content-Type application/octet-stream or"
              + " application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. Nothing was"
              + " changed.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean acceptedBody(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return CHANGE_BODIES.stream().anyMatch(accepted -> accepted.includes(type));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
