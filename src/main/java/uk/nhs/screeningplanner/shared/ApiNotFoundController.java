package uk.nhs.screeningplanner.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any address under {@code /api/} that no endpoint serves answers 404 in JSON, as a script expects,
 * instead of falling through to the web app's "page not found" page (HTML, with a session cookie).
 * More specific mappings (the real endpoints) always win over this one.
 */
@RestController
class ApiNotFoundController {

  @RequestMapping("/api/**")
  ResponseEntity<Map<String, Object>> notFound(HttpServletRequest request) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "status",
                404,
                "error",
                "Not Found",
                "message",
                "There is nothing at "
                    + request.getMethod()
                    + " "
                    + request.getRequestURI()
                    + ". The API is under /api/workbook (template, export, check, import)."));
  }
}
