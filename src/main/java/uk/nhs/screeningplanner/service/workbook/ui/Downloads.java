package uk.nhs.screeningplanner.service.workbook.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;

/** Links that download a workbook written on request. */
final class Downloads {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Writes a workbook to a stream. */
  @FunctionalInterface
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private Downloads() {}

  static Anchor link(String id, String text, String fileName, Writer writer) {
    Anchor anchor =
        new Anchor(
            (DownloadHandler)
                event -> {
                  event.setFileName(fileName);
                  event.setContentType(XLSX);
                  writer.write(event.getOutputStream());
                },
            AttachmentType.DOWNLOAD,
            text);
    anchor.setId(id);
    return anchor;
  }
}
