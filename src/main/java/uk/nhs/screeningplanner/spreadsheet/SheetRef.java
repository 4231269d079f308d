package uk.nhs.screeningplanner.spreadsheet;

/**
 * A sheet as the workbook lists it.
 *
 * @param name the tab name
 * @param relationId where its XML part is
 * @param hidden whether it is hidden or "very hidden" (visible only to macros)
 */
record SheetRef(String name, String relationId, boolean hidden) {}
