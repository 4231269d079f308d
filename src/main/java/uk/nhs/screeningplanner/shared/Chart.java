package uk.nhs.screeningplanner.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line or bar chart drawn by Chart.js in the browser (design.md "Web UI"). Set the labels, add
 * one series per line or set of bars; the chart redraws on the next round trip. The same numbers go
 * into a hidden table for screen readers.
 */
@Tag("sp-chart")
@NpmPackage(value = "chart.js", version = "4.4.9")
@JsModule("./components/sp-chart.ts")
public class Chart extends Component implements HasSize {

  /** How a series is drawn. */
  public enum Kind {
    LINE,
    BAR
  }

  private record Series(String name, Kind kind, String colour, List<? extends Number> values) {}

  private final String title;
  private List<String> labels = List.of();
  private final List<Series> series = new ArrayList<>();
  private String xTitle = "";
  private String yTitle = "";

  /** {@code accessibleTitle} is read out by screen readers and names the data table. */
  public Chart(String accessibleTitle) {
    this.title = Objects.requireNonNull(accessibleTitle);
    setWidthFull();
    setHeight("280px");
    push();
  }

  public Chart setLabels(List<String> labels) {
    this.labels = List.copyOf(labels);
    return push();
  }

  /**
   * Adds a series; {@code values} line up with the labels (null for a gap); {@code hexColour} is
   * like {@code #005eb8}.
   */
  public Chart addSeries(String name, Kind kind, String hexColour, List<? extends Number> values) {
    if (!hexColour.matches("#[0-9a-fA-F]{6}")) {
      throw new IllegalArgumentException("Chart colours are #rrggbb, not " + hexColour);
    }
    series.add(new Series(name, kind, hexColour, new ArrayList<>(values)));
    return push();
  }

  public Chart setAxisTitles(String x, String y) {
    this.xTitle = x;
    this.yTitle = y;
    return push();
  }

  public Chart clearSeries() {
    series.clear();
    return push();
  }

  /** The number of series now shown (for tests and callers that rebuild the chart). */
  public int seriesCount() {
    return series.size();
  }

  private Chart push() {
    JsonObject config = Json.createObject();
    config.put("title", title);
    config.put("xTitle", xTitle);
    config.put("yTitle", yTitle);
    config.put("labels", strings(labels));
    JsonArray all = Json.createArray();
    for (Series s : series) {
      JsonObject one = Json.createObject();
      one.put("name", s.name());
      one.put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
      one.put("colour", s.colour());
      JsonArray values = Json.createArray();
      for (int i = 0; i < s.values().size(); i++) {
        Number value = s.values().get(i);
        if (value == null) {
          values.set(i, Json.createNull());
        } else {
          values.set(i, value.doubleValue());
        }
      }
      one.put("values", values);
      all.set(all.length(), one);
    }
    config.put("series", all);
    getElement().setPropertyJson("config", config);
    return this;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = Json.createArray();
    values.forEach(v -> array.set(array.length(), v));
    return array;
  }
}
