package uk.nhs.screeningplanner.forecast.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.nhs.screeningplanner.forecast.ForecastFigures;
import uk.nhs.screeningplanner.forecast.ForecastReport;
import uk.nhs.screeningplanner.forecast.data.ForecastData;
import uk.nhs.screeningplanner.forecast.model.Forecast;
import uk.nhs.screeningplanner.forecast.model.Kpis;
import uk.nhs.screeningplanner.forecast.model.Quintiles;

/**
 * The forecast as .xlsx (design.md "Exports: KPI forecast"): a KPI sheet (the baseline, and the
 * scenario with the difference when there is one), the same by IMD quintile, the weekly series and
 * the assumptions it was computed from. Frozen headers and column widths, printable.
 */
public final class ForecastWorkbook {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  private ForecastWorkbook() {}

  public static byte[] write(ForecastReport r) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      bold.setColor(IndexedColors.WHITE.getIndex());
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.ROYAL_BLUE.getIndex());
      header.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
      header.setWrapText(true);
      CellStyle number = wb.createCellStyle();
      number.setDataFormat(wb.createDataFormat().getFormat("#,##0.0"));
      kpis(wb.createSheet("KPIs"), r, header, number);
      quintiles(wb.createSheet("By IMD quintile"), r.baseline(), r.data(), header, number);
      weeks(wb.createSheet("Weekly"), r.baseline(), header, number);
      assumptions(wb.createSheet("Assumptions"), r, header);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void kpis(Sheet sheet, ForecastReport r, CellStyle header, CellStyle number) {
    List<ForecastFigures.Row> rows =
        ForecastFigures.rows(r.data().roundAcceptablePct(), r.data().roundAchievablePct());
    Row head = sheet.createRow(0);
    text(head, 0, "Measure", header);
    int c = 1;
    for (int months : ForecastReport.PERIODS) {
      text(head, c++, "Baseline, " + months + " months", header);
      if (r.scenarioForecast() != null) {
        text(head, c++, "'" + r.scenario().name() + "', " + months + " months", header);
        text(head, c++, "Difference, " + months + " months", header);
      }
    }
    int i = 1;
    for (ForecastFigures.Row row : rows) {
      Row line = sheet.createRow(i++);
      text(line, 0, row.label(), null);
      c = 1;
      for (int months : ForecastReport.PERIODS) {
        double base = row.value().applyAsDouble(r.baseline().kpis(months));
        value(line, c++, base, number);
        if (r.scenarioForecast() != null) {
          double s = row.value().applyAsDouble(r.scenarioForecast().kpis(months));
          value(line, c++, s, number);
          value(line, c++, s - base, number);
        }
      }
    }
    finish(sheet, c);
  }

  private static void quintiles(
      Sheet sheet, Forecast f, ForecastData data, CellStyle header, CellStyle number) {
    List<ForecastFigures.Row> rows =
        ForecastFigures.rows(data.roundAcceptablePct(), data.roundAchievablePct());
    Row head = sheet.createRow(0);
    text(head, 0, "IMD quintile (12 months)", header);
    for (int i = 0; i < rows.size(); i++) {
      text(head, i + 1, rows.get(i).label(), header);
    }
    for (int q = 0; q < Quintiles.COUNT; q++) {
      Row line = sheet.createRow(q + 1);
      int quintile = q == 5 ? 0 : q + 1;
      text(line, 0, Quintiles.label(quintile), null);
      Kpis k = f.kpis(12, quintile);
      for (int i = 0; i < rows.size(); i++) {
        value(line, i + 1, rows.get(i).value().applyAsDouble(k), number);
      }
    }
    finish(sheet, rows.size() + 1);
  }

  private static void weeks(Sheet sheet, Forecast f, CellStyle header, CellStyle number) {
    String[] titles = {
      "Week starting",
      "Screened",
      "Awaiting first read",
      "Awaiting second read",
      "Awaiting arbitration",
      "Oldest waiting (days)",
      "Results",
      "Results within standard",
      "Reads needed",
      "Reading capacity (reads)",
      "Waiting for assessment",
      "Women overdue",
      "Women waiting for an appointment"
    };
    Row head = sheet.createRow(0);
    for (int i = 0; i < titles.length; i++) {
      text(head, i, titles[i], header);
    }
    int i = 1;
    for (Forecast.Week w : f.weeks()) {
      Row line = sheet.createRow(i++);
      text(line, 0, DATE.format(w.monday()), null);
      double[] values = {
        w.screened(),
        w.awaitingFirstRead(),
        w.awaitingSecondRead(),
        w.awaitingArbitration(),
        w.oldestReadingAge(),
        w.results(),
        w.resultsWithin(),
        w.readsDemand(),
        w.readsCapacity(),
        w.assessmentWaiting(),
        w.womenOverdue(),
        w.awaitingInvitation()
      };
      for (int c = 0; c < values.length; c++) {
        value(line, c + 1, values[c], number);
      }
    }
    finish(sheet, titles.length);
  }

  private static void assumptions(Sheet sheet, ForecastReport r, CellStyle header) {
    ForecastData d = r.data();
    Row head = sheet.createRow(0);
    text(head, 0, "Assumption", header);
    text(head, 1, "Value", header);
    String[][] lines = {
      {"Service", d.serviceName()},
      {"From", DATE.format(d.start())},
      {"Days", String.valueOf(d.days())},
      {
        "Published clinic plan",
        d.clinicPlanFrom() == null
            ? "none"
            : DATE.format(d.clinicPlanFrom()) + " to " + DATE.format(d.clinicPlanTo())
      },
      {
        "Unit calendar ends", d.calendarEnd() == null ? "no calendar" : DATE.format(d.calendarEnd())
      },
      {
        "Published reader roster",
        d.rosterFrom() == null
            ? "none"
            : DATE.format(d.rosterFrom()) + " to " + DATE.format(d.rosterTo())
      },
      {"Readers", String.valueOf(d.readers())},
      {
        "Reads per reading session (service rate)",
        String.format(Locale.UK, "%.0f", d.readsPerSession())
      },
      {"Arbitration rate", String.valueOf(d.rates().arbitrationRate())},
      {"AI second reader from day", String.valueOf(d.rates().aiFromDay())},
      {"AI agreement", String.valueOf(d.rates().aiAgreement())},
      {"Technical recall rate", String.valueOf(d.rates().technicalRecallRate())},
      {
        "Recall to assessment (cohort-weighted)",
        String.format(Locale.UK, "%.4f", d.rates().recallRate())
      },
      {"Results standard (days)", String.valueOf(d.rates().resultsWithinDays())},
      {"Assessment standard (days)", String.valueOf(d.rates().assessmentWithinDays())},
      {
        "Scenario",
        r.scenario() == null || r.scenarioForecast() == null ? "none" : r.scenario().toString()
      }
    };
    for (int i = 0; i < lines.length; i++) {
      Row line = sheet.createRow(i + 1);
      text(line, 0, lines[i][0], null);
      text(line, 1, lines[i][1], null);
    }
    finish(sheet, 2);
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static void value(Row row, int column, double value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (Double.isFinite(value)) {
      cell.setCellValue(value);
      cell.setCellStyle(style);
    } else {
      cell.setCellValue(Double.isNaN(value) ? "none due" : "no capacity");
    }
  }

  private static void finish(Sheet sheet, int columns) {
    sheet.createFreezePane(1, 1);
    sheet.setColumnWidth(0, 40 * 256);
    for (int c = 1; c < columns; c++) {
      sheet.setColumnWidth(c, 16 * 256);
    }
  }
}
