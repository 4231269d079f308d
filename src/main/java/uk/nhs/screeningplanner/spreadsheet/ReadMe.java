package uk.nhs.screeningplanner.spreadsheet;

import java.util.List;

/**
 * The first sheet of a written workbook, for people: a title, a few paragraphs, and then a table of
 * every sheet and column with its help text. The reader skips it.
 *
 * @param sheetName the tab name
 * @param title the heading
 * @param paragraphs the introduction
 */
public record ReadMe(String sheetName, String title, List<String> paragraphs) {}
