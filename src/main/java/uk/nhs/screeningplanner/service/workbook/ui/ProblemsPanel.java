package uk.nhs.screeningplanner.service.workbook.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import uk.nhs.screeningplanner.spreadsheet.Problem;
import uk.nhs.screeningplanner.spreadsheet.ProblemReport;

/** The problems of a checked workbook: a table to read and a workbook to download. */
class ProblemsPanel extends VerticalLayout {

  ProblemsPanel(String fileName, List<Problem> problems, boolean errors) {
    setPadding(false);
    long errorCount = problems.stream().filter(Problem::isError).count();
    H3 title =
        new H3(
            errors
                ? errorCount
                    + (errorCount == 1 ? " error" : " errors")
                    + " in "
                    + fileName
                    + ": nothing was imported"
                : "Warnings");
    title.setId(errors ? "problems-title" : "warnings-title");
    add(title);
    if (errors) {
      add(
          new Paragraph(
              "Fix each one in the workbook, save it and upload it again. Nothing changes until"
                  + " the whole file is free of errors."));
    }
    add(grid(problems, errors), download(fileName, problems));
  }

  private static Grid<Problem> grid(List<Problem> problems, boolean errors) {
    Grid<Problem> grid = new Grid<>();
    grid.setId(errors ? "problem-grid" : "warning-grid");
    grid.addColumn(p -> p.isError() ? "Error" : "Warning")
        .setHeader("")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(p -> p.sheet() == null ? "File" : p.sheet())
        .setHeader("Sheet")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(Problem::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(Problem::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(Problem::shownValue).setHeader("Value found").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(Problem::message).setHeader("Problem and what is expected").setFlexGrow(1);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    grid.setItems(problems);
    grid.setAllRowsVisible(problems.size() <= 12);
    grid.setWidthFull();
    return grid;
  }

  private static Anchor download(String fileName, List<Problem> problems) {
    String name = "problems-" + fileName.replaceAll("(?i)\\.xlsx$", "") + ".xlsx";
    return Downloads.link(
        "download-problems",
        "Download this list (.xlsx)",
        name,
        out -> ProblemReport.write(out, problems));
  }
}
