package uk.nhs.screeningplanner.spreadsheet;

import java.util.List;

/** Receives a sheet row by row as it is streamed from the file. */
interface RowListener {

  /**
   * One row that holds at least one cell.
   *
   * @param rowNumber the row number Excel shows, from 1
   * @param cells the cells by column, from column A; missing cells are {@link CellValue#BLANK}
   */
  void row(int rowNumber, List<CellValue> cells);

  /** A merged range such as {@code A5:C5}; sheets list them after their rows. */
  void merged(String range);
}
