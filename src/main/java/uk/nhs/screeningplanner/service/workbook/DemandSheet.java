package uk.nhs.screeningplanner.service.workbook;

import static uk.nhs.screeningplanner.service.workbook.ServiceColumn.SERVICE;

import java.time.LocalDate;
import java.util.List;
import uk.nhs.screeningplanner.service.DemandOverride;
import uk.nhs.screeningplanner.spreadsheet.Column;
import uk.nhs.screeningplanner.spreadsheet.SheetLayout;
import uk.nhs.screeningplanner.spreadsheet.ValueTypes;

/** The optional Demand sheet: expected screens per week that override the computed forecast. */
final class DemandSheet {

  static final Column<LocalDate> WEEK =
      Column.required("Week starting", ValueTypes.date(), "The Monday that starts the week.")
          .width(14);
  static final Column<String> SITE =
      Column.optional(
          "Site",
          ValueTypes.code("HOSP"),
          "A site code from the Sites sheet; fill" + " in either Site or Unit, not both.");
  static final Column<String> UNIT =
      Column.optional(
          "Unit",
          ValueTypes.code("VAN1"),
          "A unit code from the Units sheet; fill" + " in either Site or Unit, not both.");
  static final Column<Integer> SCREENS =
      Column.required(
          "Expected screens",
          ValueTypes.wholeNumber("220"),
          "Women expected to be"
              + " screened there that week."
              + ConstraintText.of(DemandOverride.class, "expectedScreens"));

  static final SheetLayout LAYOUT =
      new SheetLayout(
          "Demand",
          "An explicit weekly demand forecast. When a service has rows here, they override the"
              + " forecast the planner computes for those weeks. Leave the sheet out (or empty)"
              + " to use the computed forecast.",
          false,
          2,
          List.of(SERVICE, WEEK, SITE, UNIT, SCREENS));

  static final EntitySheet<DemandOverride> SHEET =
      new EntitySheet<>(
          LAYOUT,
          SERVICE,
          DemandOverride::getService,
          List.of(
              Field.fixed(WEEK, "weekStart", DemandOverride::getWeekStart),
              Field.fixed(SITE, "site", d -> d.getSite() == null ? null : d.getSite().getCode()),
              Field.fixed(UNIT, "unit", d -> d.getUnit() == null ? null : d.getUnit().getCode()),
              Field.of(
                  SCREENS,
                  "expectedScreens",
                  DemandOverride::getExpectedScreens,
                  DemandOverride::setExpectedScreens)),
          List.of(WEEK, SITE, UNIT),
          (service, row, refs) -> {
            DemandOverride demand = new DemandOverride(service, row.get(WEEK));
            demand.setSite(refs.site(row.get(SITE)));
            demand.setUnit(refs.unit(row.get(UNIT)));
            return demand;
          });

  private DemandSheet() {}
}
