package uk.nhs.screeningplanner.service.workbook;

import static uk.nhs.screeningplanner.service.workbook.ServiceColumn.SERVICE;

import java.util.List;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.service.SiteKind;
import uk.nhs.screeningplanner.spreadsheet.Column;
import uk.nhs.screeningplanner.spreadsheet.SheetLayout;
import uk.nhs.screeningplanner.spreadsheet.ValueTypes;

/** The Sites sheet: static sites and mobile van pitches. */
final class SitesSheet {

  static final Column<String> CODE =
      Column.required(
              "Code",
              ValueTypes.code("HOSP"),
              "The site's short code, unique in the"
                  + " service; other sheets refer to the site by it. Capital letters, digits and"
                  + " hyphens."
                  + ConstraintText.of(Site.class, "code"))
          .width(12);
  static final Column<String> NAME =
      Column.required(
              "Name", ValueTypes.text(), "The site's name." + ConstraintText.of(Site.class, "name"))
          .width(32);
  static final Column<SiteKind> KIND =
      Column.required(
              "Kind",
              ValueTypes.choice("site kind", SiteKind.class, SiteKind::label),
              "STATIC for a hospital or breast unit with rooms; MOBILE_PITCH for a place a van"
                  + " parks.")
          .width(15);
  static final Column<String> POSTCODE =
      Column.optional("Postcode", ValueTypes.code("LS1 4AP"), "The site's UK postcode.");
  static final Column<java.math.BigDecimal> LATITUDE =
      Column.optional(
          "Latitude",
          ValueTypes.decimal(6, "53.801234"),
          "Degrees north, for travel times." + ConstraintText.of(Site.class, "latitude"));
  static final Column<java.math.BigDecimal> LONGITUDE =
      Column.optional(
          "Longitude",
          ValueTypes.decimal(6, "-1.548765"),
          "Degrees east (negative west of Greenwich)."
              + ConstraintText.of(Site.class, "longitude"));
  static final Column<Integer> ROOMS =
      Column.optional(
          "Rooms",
          ValueTypes.wholeNumber("2"),
          "Screening rooms at a static site;"
              + " 0 for a pitch."
              + ConstraintText.of(Site.class, "rooms")
              + " Empty means 0.");
  static final Column<Boolean> ASSESSMENT =
      Column.optional(
          "Assessment capable",
          ValueTypes.yesNo(),
          "Whether assessment clinics can" + " run here (static sites only). Empty means No.");
  static final Column<Boolean> ACTIVE =
      Column.optional(
          "Active", ValueTypes.yesNo(), "No for a site no longer used. Empty means" + " Yes.");

  static final SheetLayout LAYOUT =
      new SheetLayout(
          "Sites",
          "Every place the service screens: static sites and mobile van pitches.",
          true,
          2,
          List.of(
              SERVICE, CODE, NAME, KIND, POSTCODE, LATITUDE, LONGITUDE, ROOMS, ASSESSMENT, ACTIVE));

  static final EntitySheet<Site> SHEET =
      new EntitySheet<>(
          LAYOUT,
          SERVICE,
          Site::getService,
          List.of(
              Field.fixed(CODE, "code", Site::getCode),
              Field.of(NAME, "name", Site::getName, Site::setName),
              Field.of(KIND, "kind", Site::getKind, Site::setKind),
              Field.of(POSTCODE, "postcode", Site::getPostcode, Site::setPostcode),
              Field.of(LATITUDE, "latitude", Site::getLatitude, Site::setLatitude),
              Field.of(LONGITUDE, "longitude", Site::getLongitude, Site::setLongitude),
              Field.of(ROOMS, "rooms", Site::getRooms, Site::setRooms),
              Field.of(
                  ASSESSMENT,
                  "assessmentCapable",
                  Site::isAssessmentCapable,
                  Site::setAssessmentCapable),
              Field.of(ACTIVE, "active", Site::isActive, Site::setActive)),
          List.of(CODE),
          (service, row, refs) -> new Site(service, row.get(CODE), row.get(NAME), row.get(KIND)));

  private SitesSheet() {}
}
