package uk.nhs.screeningplanner.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Plain-text answers the API's security filters give before any controller runs. */
final class ApiResponses {

  private ApiResponses() {}

  static void plain(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(message);
  }
}
