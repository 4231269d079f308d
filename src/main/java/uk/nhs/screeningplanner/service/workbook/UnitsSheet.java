package uk.nhs.screeningplanner.service.workbook;

import static uk.nhs.screeningplanner.service.workbook.ServiceColumn.SERVICE;

import java.util.List;
import uk.nhs.screeningplanner.service.ScreeningUnit;
import uk.nhs.screeningplanner.service.UnitKind;
import uk.nhs.screeningplanner.spreadsheet.Column;
import uk.nhs.screeningplanner.spreadsheet.SheetLayout;
import uk.nhs.screeningplanner.spreadsheet.ValueTypes;

/** The Units sheet: mobile vans and static screening rooms. */
final class UnitsSheet {

  static final Column<String> CODE =
      Column.required(
              "Code",
              ValueTypes.code("VAN1"),
              "The unit's short code, unique in the"
                  + " service. Capital letters, digits and hyphens."
                  + ConstraintText.of(ScreeningUnit.class, "code"))
          .width(12);
  static final Column<String> NAME =
      Column.required(
              "Name",
              ValueTypes.text(),
              "The unit's name." + ConstraintText.of(ScreeningUnit.class, "name"))
          .width(28);
  static final Column<UnitKind> KIND =
      Column.required(
              "Kind",
              ValueTypes.choice("unit kind", UnitKind.class, UnitKind::label),
              "MOBILE_VAN for a van that moves between pitches; STATIC_ROOM for a room at a"
                  + " static site.")
          .width(15);
  static final Column<String> REGISTRATION =
      Column.optional(
          "Registration",
          ValueTypes.code("AB12 CDE"),
          "A van's registration"
              + " number."
              + ConstraintText.of(ScreeningUnit.class, "registration"));
  static final Column<String> STATIC_SITE =
      Column.optional(
          "Static site",
          ValueTypes.code("HOSP"),
          "For a static room: the code of"
              + " its static site. Empty for a van; the Unit calendar says where a van is.");
  static final Column<Integer> LANES =
      Column.optional(
          "Lanes",
          ValueTypes.wholeNumber("1"),
          "Screening lanes (X-ray sets)."
              + ConstraintText.of(ScreeningUnit.class, "lanes")
              + " Empty means 1.");
  static final Column<Integer> THROUGHPUT =
      Column.optional(
          "Daily throughput",
          ValueTypes.wholeNumber("45"),
          "Screens a day at"
              + " standard staffing (§2.3)."
              + ConstraintText.of(ScreeningUnit.class, "dailyThroughput")
              + " Empty means 45.");
  static final Column<Boolean> ACTIVE =
      Column.optional(
          "Active", ValueTypes.yesNo(), "No for a unit out of service. Empty means" + " Yes.");

  static final SheetLayout LAYOUT =
      new SheetLayout(
          "Units",
          "The service's screening units: mobile vans and rooms at static sites.",
          true,
          2,
          List.of(SERVICE, CODE, NAME, KIND, REGISTRATION, STATIC_SITE, LANES, THROUGHPUT, ACTIVE));

  static final EntitySheet<ScreeningUnit> SHEET =
      new EntitySheet<>(
          LAYOUT,
          SERVICE,
          ScreeningUnit::getService,
          List.of(
              Field.fixed(CODE, "code", ScreeningUnit::getCode),
              Field.of(NAME, "name", ScreeningUnit::getName, ScreeningUnit::setName),
              Field.of(KIND, "kind", ScreeningUnit::getKind, ScreeningUnit::setKind),
              Field.of(
                  REGISTRATION,
                  "registration",
                  ScreeningUnit::getRegistration,
                  ScreeningUnit::setRegistration),
              new Field<>(
                  STATIC_SITE,
                  "staticSite",
                  u -> u.getStaticSite() == null ? null : u.getStaticSite().getCode(),
                  (u, code, refs) -> u.setStaticSite(refs.site(code))),
              Field.of(LANES, "lanes", ScreeningUnit::getLanes, ScreeningUnit::setLanes),
              Field.of(
                  THROUGHPUT,
                  "dailyThroughput",
                  ScreeningUnit::getDailyThroughput,
                  ScreeningUnit::setDailyThroughput),
              Field.of(ACTIVE, "active", ScreeningUnit::isActive, ScreeningUnit::setActive)),
          List.of(CODE),
          (service, row, refs) ->
              new ScreeningUnit(service, row.get(CODE), row.get(NAME), row.get(KIND)));

  private UnitsSheet() {}
}
