package uk.nhs.screeningplanner.service.sample;

import java.util.List;

/**
 * The size and shape of a fictional breast screening service for {@link SampleServiceGenerator}.
 * The standard sample is the one design.md "Sample data" describes; the consortium is seven such
 * services of different sizes, like a regional network.
 *
 * @param practices number of GP practices
 * @param eligibleWomen target number of eligible women over all practices and cohorts
 * @param seed the seed of every random choice: the same spec gives the same service
 */
public record SampleSpec(
    String code,
    String name,
    String hostTrust,
    Area area,
    int practices,
    int eligibleWomen,
    Estate estate,
    Workforce workforce,
    Leave leave,
    long seed) {

  /**
   * A fictional county: its postcode area, the letter of its practices' ODS codes, and the centre
   * of its map. A coastal county's coast is its southern edge and has a seaside pitch.
   */
  public record Area(
      String postcodeArea, char odsLetter, double latitude, double longitude, boolean coastal) {

    public Area {
      require(postcodeArea.matches("[A-Z]{1,2}"), "postcode area is one or two capital letters");
      require(Character.isUpperCase(odsLetter), "ODS letter is a capital letter");
    }
  }

  /** Where screening happens: static sites with rooms (the first assesses), and van pitches. */
  public record Estate(int vans, int staticSites, int staticRooms, int mobilePitches) {

    public Estate {
      require(vans >= 0 && mobilePitches >= 0, "vans and pitches cannot be negative");
      require(staticSites >= 1, "the main static site is needed for assessment (domain.md §4)");
      require(staticRooms >= staticSites, "every static site needs at least one room");
      require(vans == 0 || mobilePitches > vans, "vans need more pitches than vans to move round");
    }
  }

  /**
   * Head counts by skill. Readers are primarily consultant radiologists, also breast clinicians and
   * advanced practitioner or consultant radiographers (domain.md §3.1); the split of half, a fifth
   * and the rest is a local choice [B]. The radiographers who read are counted in {@code
   * mammographers} as well. Arbitrators and assessors are readers too.
   */
  public record Workforce(
      int mammographers,
      int assistantPractitioners,
      int readers,
      int arbitrators,
      int assessors,
      int breastCareNurses) {

    public Workforce {
      require(mammographers >= 2, "a van session needs 2 mammographers (domain.md §2.3)");
      require(assistantPractitioners >= 0 && breastCareNurses >= 0, "counts cannot be negative");
      require(readers >= 2, "double reading needs at least 2 readers (domain.md §3.1)");
      require(arbitrators >= 1 && arbitrators <= readers, "arbitrators are readers");
      require(assessors >= 1 && assessors <= readers, "assessors are readers");
      int radiologists = radiologists(readers, arbitrators);
      int radiographers = readers - radiologists - breastClinicians(readers, radiologists);
      require(radiographers <= mammographers, "reading radiographers are mammographers too");
    }

    /** Consultant radiologists: half the readers, and at least every arbitrator. */
    int radiologists() {
      return radiologists(readers, arbitrators);
    }

    /** Breast clinicians: a fifth of the readers. */
    int breastClinicians() {
      return breastClinicians(readers, radiologists());
    }

    private static int radiologists(int readers, int arbitrators) {
      return Math.max(arbitrators, Math.round(readers * 0.5f));
    }

    private static int breastClinicians(int readers, int radiologists) {
      return Math.min(readers - radiologists, Math.round(readers * 0.2f));
    }

    int medicalReaders() {
      return radiologists() + breastClinicians();
    }

    /** Consultant and advanced practitioner radiographers who read. */
    int readingRadiographers() {
      return readers - medicalReaders();
    }

    /** People on the staff list: reading radiographers are counted once. */
    public int headCount() {
      return mammographers + assistantPractitioners + medicalReaders() + breastCareNurses;
    }
  }

  /** How much leave and how many preferences to generate, from the anchor Monday onwards. */
  public record Leave(int weeks, int minRowsPerPerson, int maxRowsPerPerson) {

    public Leave {
      require(weeks >= 2, "leave needs at least 2 weeks");
      require(minRowsPerPerson >= 1 && maxRowsPerPerson >= minRowsPerPerson, "rows per person");
      require(maxRowsPerPerson <= weeks * 5, "at most one row per working day");
    }
  }

  /** The default of {@code planner.sample-data.seed}. */
  private static final long STANDARD_SEED = 20261124L;

  public SampleSpec {
    require(code.matches("[A-Z0-9-]{1,16}"), "code: capital letters, digits and hyphens");
    require(practices >= 1, "a service needs at least one practice");
    require(eligibleWomen >= practices * 100, "at least 100 eligible women per practice");
  }

  /**
   * The standard sample (design.md "Sample data"): about 100,000 eligible women, near the median
   * service of 93,000 (domain.md §6.2), in 120 practices; 3 vans, the most common fleet after 2
   * (§2.1); 2 static sites with 4 rooms (the prototype's 4 rooms, §2.3); 12 pitches, about 8
   * locations a year per van (§2.1); a quarter (13 weeks) of leave at 2–4 rows a person. Its 17
   * mammographers and assistant practitioners staff its ~23 needed screening sessions and ~5
   * assessment clinics a week with a modest margin once leave and the 3-van-day limit take their
   * share, so staffing, not van days, is what binds (issue #12); design.md's ~25 left every session
   * easily staffed once only the needed sessions are planned.
   */
  public static SampleSpec standard() {
    return new SampleSpec(
        "MSH",
        "Marlshire Breast Screening Service",
        "Marlshire Hospitals NHS Foundation Trust",
        new Area("MX", 'M', 50.95, -2.60, true),
        120,
        100_000,
        new Estate(3, 2, 4, 12),
        new Workforce(12, 5, 10, 3, 8, 3),
        new Leave(13, 2, 4),
        STANDARD_SEED);
  }

  /**
   * Seven services of a regional consortium: about 800 practices, 190 staff and, over a year of
   * leave, 15,000 availability rows. Sizes span 60,000–140,000 eligible women, inside the national
   * range of 25,000 to 250,000 (domain.md §6.2).
   */
  public static List<SampleSpec> consortium() {
    return List.of(
        scaled("ALD", "Aldermoor", "AQ", 53.45, -1.20, false, 58_000, 70),
        scaled("BRK", "Brackenfold", "BQ", 53.75, -0.60, true, 72_000, 86),
        scaled("CDL", "Cindervale", "CX", 53.10, -1.55, false, 86_000, 102),
        scaled("DNW", "Dunwold", "DQ", 52.85, -0.25, true, 94_000, 112),
        scaled("ESK", "Eskerby", "EQ", 53.95, -1.05, false, 105_000, 126),
        scaled("FRN", "Fernhallow", "FX", 52.60, -1.10, false, 122_000, 146),
        scaled("GRS", "Greyshaw", "GQ", 53.25, -0.30, true, 138_000, 164));
  }

  /** A copy with another seed, e.g. from the {@code planner.sample-data.seed} setting. */
  public SampleSpec withSeed(long newSeed) {
    return new SampleSpec(
        code, name, hostTrust, area, practices, eligibleWomen, estate, workforce, leave, newSeed);
  }

  /**
   * A consortium member shaped like the standard sample, with staff, pitches and rooms in
   * proportion to its eligible women and a year of leave at 70–90 rows a person. Its code's first
   * letter gives its practices' ODS letter and its seed.
   */
  private static SampleSpec scaled(
      String code,
      String county,
      String postcodeArea,
      double latitude,
      double longitude,
      boolean coastal,
      int eligible,
      int practices) {
    double scale = eligible / 100_000.0;
    char letter = code.charAt(0);
    int readers = Math.max(4, (int) Math.round(10 * scale));
    return new SampleSpec(
        code,
        county + " Breast Screening Service",
        county + " and District NHS Trust",
        new Area(postcodeArea, letter, latitude, longitude, coastal),
        practices,
        eligible,
        new Estate(
            Math.max(1, (int) Math.round(3 * scale)),
            scale > 1.1 ? 3 : 2,
            Math.max(3, (int) Math.round(4 * scale)),
            Math.max(5, (int) Math.round(12 * scale))),
        new Workforce(
            Math.max(4, (int) Math.round(13 * scale)),
            (int) Math.round(5 * scale),
            readers,
            Math.max(2, (int) Math.round(3 * scale)),
            Math.max(2, (int) Math.round(8 * scale)),
            Math.max(2, (int) Math.round(3 * scale))),
        new Leave(52, 70, 90),
        STANDARD_SEED + 1000L * (letter - 'A' + 1));
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
