package uk.nhs.screeningplanner.service.workbook;

import static uk.nhs.screeningplanner.service.workbook.ServiceColumn.SERVICE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.Site;
import uk.nhs.screeningplanner.spreadsheet.Column;
import uk.nhs.screeningplanner.spreadsheet.SheetLayout;
import uk.nhs.screeningplanner.spreadsheet.ValueTypes;

/** The Practices sheet: GP practices and their eligible women by cohort. */
final class PracticesSheet {

  static final Column<String> ODS =
      Column.required(
          "ODS code",
          ValueTypes.code("B86001"),
          "The practice's ODS code: a letter"
              + " and five digits. A practice appears once in the whole workbook.");
  static final Column<String> NAME =
      Column.required(
              "Name",
              ValueTypes.text(),
              "The practice's name." + ConstraintText.of(GpPractice.class, "name"))
          .width(32);
  static final Column<Integer> FIRST_CALL =
      Column.optional(
          "Eligible first call",
          ValueTypes.wholeNumber("120"),
          "Women due their"
              + " first screen."
              + ConstraintText.of(GpPractice.class, "eligibleFirstCall")
              + " Empty means 0. The three cohorts together must be at least 1.");
  static final Column<Integer> PREVIOUS_ATTENDER =
      Column.optional(
          "Eligible previous attender",
          ValueTypes.wholeNumber("700"),
          "Women who"
              + " attended last time."
              + ConstraintText.of(GpPractice.class, "eligiblePreviousAttender")
              + " Empty means 0.");
  static final Column<Integer> PREVIOUS_NON_ATTENDER =
      Column.optional(
          "Eligible previous non-attender",
          ValueTypes.wholeNumber("180"),
          "Women"
              + " who did not attend last time."
              + ConstraintText.of(GpPractice.class, "eligiblePreviousNonAttender")
              + " Empty means 0.");
  static final Column<LocalDate> LAST_OFFERED =
      Column.optional(
          "Last first offered date",
          ValueTypes.date(),
          "The practice's last first"
              + " offered appointment; the next round is due a round length later.");
  static final Column<String> HOME_SITE =
      Column.optional(
          "Home site",
          ValueTypes.code("TESCO"),
          "Where the practice's women are"
              + " usually screened: a site code from the Sites sheet.");
  static final Column<SortedSet<String>> ALTERNATIVE_SITES =
      Column.optional(
              "Alternative sites",
              ValueTypes.codes("HOSP, MKT"),
              "Other sites that may" + " screen them, not including the home site.")
          .width(24);
  static final Column<Integer> IMD =
      Column.optional(
          "IMD quintile",
          ValueTypes.wholeNumber("3"),
          "Index of Multiple"
              + " Deprivation quintile: 1 most deprived, 5 least."
              + ConstraintText.of(GpPractice.class, "imdQuintile"));
  static final Column<BigDecimal> UPTAKE =
      Column.optional(
          "Historic uptake",
          ValueTypes.fraction(4, "0.6712"),
          "Share of invited"
              + " women who attended last round."
              + ConstraintText.of(GpPractice.class, "historicUptake"));

  static final SheetLayout LAYOUT =
      new SheetLayout(
          "Practices",
          "GP practices whose women the service invites, counted by cohort (no patient data).",
          true,
          3,
          List.of(
              SERVICE,
              ODS,
              NAME,
              FIRST_CALL,
              PREVIOUS_ATTENDER,
              PREVIOUS_NON_ATTENDER,
              LAST_OFFERED,
              HOME_SITE,
              ALTERNATIVE_SITES,
              IMD,
              UPTAKE));

  static final EntitySheet<GpPractice> SHEET =
      new EntitySheet<>(
          LAYOUT,
          SERVICE,
          GpPractice::getService,
          List.of(
              Field.fixed(ODS, "odsCode", GpPractice::getOdsCode),
              Field.of(NAME, "name", GpPractice::getName, GpPractice::setName),
              Field.of(
                  FIRST_CALL,
                  "eligibleFirstCall",
                  GpPractice::getEligibleFirstCall,
                  GpPractice::setEligibleFirstCall),
              Field.of(
                  PREVIOUS_ATTENDER,
                  "eligiblePreviousAttender",
                  GpPractice::getEligiblePreviousAttender,
                  GpPractice::setEligiblePreviousAttender),
              Field.of(
                  PREVIOUS_NON_ATTENDER,
                  "eligiblePreviousNonAttender",
                  GpPractice::getEligiblePreviousNonAttender,
                  GpPractice::setEligiblePreviousNonAttender),
              Field.of(
                  LAST_OFFERED,
                  "lastFirstOfferedDate",
                  GpPractice::getLastFirstOfferedDate,
                  GpPractice::setLastFirstOfferedDate),
              new Field<>(
                  HOME_SITE,
                  "homeSite",
                  p -> code(p.getHomeSite()),
                  (p, code, refs) -> p.setHomeSite(refs.site(code))),
              new Field<>(
                  ALTERNATIVE_SITES,
                  "alternativeSites",
                  PracticesSheet::alternatives,
                  (p, codes, refs) ->
                      p.setAlternativeSites(
                          codes == null ? java.util.Set.of() : refs.sites(codes))),
              Field.of(IMD, "imdQuintile", GpPractice::getImdQuintile, GpPractice::setImdQuintile),
              Field.of(
                  UPTAKE,
                  "historicUptake",
                  GpPractice::getHistoricUptake,
                  GpPractice::setHistoricUptake)),
          List.of(ODS),
          (service, row, refs) -> new GpPractice(service, row.get(ODS), row.get(NAME)));

  private PracticesSheet() {}

  private static String code(Site site) {
    return site == null ? null : site.getCode();
  }

  private static SortedSet<String> alternatives(GpPractice practice) {
    TreeSet<String> codes = new TreeSet<>();
    practice.getAlternativeSites().forEach(site -> codes.add(site.getCode()));
    return codes;
  }
}
