package uk.nhs.screeningplanner.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RowCounterTest {

  @Test
  void countsOnlyRowsThatHoldAValue() {
    String xml =
        "<worksheet><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
            + "<row r=\"2\" s=\"3\" customFormat=\"1\"/>"
            + "<row r=\"3\"><c r=\"A3\" s=\"2\"/></row>"
            + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
            + "<x:row r=\"5\"><x:c r=\"A5\"><x:v>1</x:v></x:c></x:row>"
            + "</sheetData><mergeCells/></worksheet>";

    assertThat(count(xml, 4096)).isEqualTo(3);
  }

  @Test
  void countsTheSameWhenTagsAreSplitAcrossBuffers() {
    StringBuilder xml = new StringBuilder("<sheetData>");
    for (int r = 1; r <= 1000; r++) {
      xml.append("<row r=\"").append(r).append("\"><c><v>").append(r).append("</v></c></row>");
    }
    xml.append("</sheetData>");

    assertThat(count(xml.toString(), 7)).isEqualTo(1000);
  }

  private static long count(String xml, int bufferSize) {
    RowCounter counter = new RowCounter();
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    for (int from = 0; from < bytes.length; from += bufferSize) {
      int length = Math.min(bufferSize, bytes.length - from);
      byte[] buffer = new byte[length];
      System.arraycopy(bytes, from, buffer, 0, length);
      counter.accept(buffer, length);
    }
    return counter.rows();
  }
}
