package uk.nhs.screeningplanner.service.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import uk.nhs.screeningplanner.service.GpPractice;
import uk.nhs.screeningplanner.service.ScreeningService;
import uk.nhs.screeningplanner.service.Site;

/**
 * GP practices round the county's towns, with their eligible women by cohort, deprivation, uptake
 * and when they were last invited. Each practice's home site is the site nearest to it, and its
 * alternatives (0–2) the next nearest. Practices sharing a home site were invited in batches
 * (domain.md §1.4): each batch was screened in one visit, so its practices' last first offered
 * appointments lie within a few weeks of each other, and the batches are spread over the round.
 */
final class PracticeGenerator {

  /**
   * Practice sizes are log-normal: most are near the median, a few merged practices are 3–4 times
   * as large (domain.md §1.4: average list size rose 40% in ten years as practices merged).
   */
  private static final double SIZE_SPREAD = 0.6;

  /** domain.md §1.1: first invitations come between 50 and 53, so 3 of the 21 years of 50–70. */
  private static final double FIRST_CALL_SHARE = 3.0 / 21;

  /** domain.md §1.6: coverage 64.1% in the most deprived fifth, 77.1% in the least deprived. */
  private static final double UPTAKE_MOST_DEPRIVED = 0.641;

  private static final double UPTAKE_LEAST_DEPRIVED = 0.771;

  /**
   * domain.md §1.5: the acceptable level is 90% invited within 36 months and about a fifth of
   * services miss it, so a few practices are already overdue, by up to four months.
   */
  private static final double OVERDUE_SHARE = 0.08;

  private static final int ROUND_MONTHS = 36;

  /**
   * [B] Eligible women per batch: about what a van screens in six weeks at 50 a day and 70% uptake
   * (domain.md §2.1: a van covers ~8 locations a year, weeks to months at each).
   */
  private static final int BATCH_WOMEN = 2_500;

  /** A batch's practices were offered appointments over up to this many days of its visit. */
  private static final int BATCH_SPREAD_DAYS = 21;

  private final ScreeningService service;
  private final Geography geography;
  private final Random random;
  private final Set<String> names = new HashSet<>();

  PracticeGenerator(ScreeningService service, Geography geography, Random random) {
    this.service = service;
    this.geography = geography;
    this.random = random;
  }

  List<GpPractice> generate(SampleSpec spec, List<Site> sites, LocalDate anchor) {
    int[] sizes = sizes(spec.practices(), spec.eligibleWomen());
    List<GpPractice> practices = new ArrayList<>();
    int odsNumber = 81000;
    for (int i = 0; i < sizes.length; i++) {
      Town town = town();
      odsNumber += 1 + random.nextInt(3); // gaps where practices have merged or closed
      String ods = String.format("%c%05d", spec.area().odsLetter(), odsNumber);
      GpPractice practice = new GpPractice(service, ods, Names.unique(() -> name(town), names));
      int imd = Math.max(1, Math.min(5, town.imdQuintile() + random.nextInt(3) - 1));
      practice.setImdQuintile(imd);
      double uptake = uptake(imd);
      practice.setHistoricUptake(BigDecimal.valueOf(uptake).setScale(4, RoundingMode.HALF_UP));
      splitCohorts(practice, sizes[i], uptake);
      placeNear(practice, geography.near(town, 0.04), sites);
      practices.add(practice);
    }
    for (Site site : sites) {
      date(batches(practices.stream().filter(p -> p.getHomeSite() == site).toList()), anchor);
    }
    return practices;
  }

  /** A site's practices (in code order) in batches of about {@link #BATCH_WOMEN} women. */
  private static List<List<GpPractice>> batches(List<GpPractice> atSite) {
    List<List<GpPractice>> batches = new ArrayList<>();
    int women = BATCH_WOMEN;
    for (GpPractice practice : atSite) {
      if (women >= BATCH_WOMEN) {
        batches.add(new ArrayList<>());
        women = 0;
      }
      women += practice.getEligibleTotal();
      batches.get(batches.size() - 1).add(practice);
    }
    return batches;
  }

  /**
   * Spreads a site's batches evenly over the last round from a random starting point, as a round
   * plan keeps each site's workload level; a few are already overdue (screened more than a round
   * ago). A batch's practices were first offered appointments on its date or in the weeks after.
   */
  private void date(List<List<GpPractice>> batches, LocalDate anchor) {
    LocalDate roundAgo = anchor.minusMonths(ROUND_MONTHS);
    long roundDays = ChronoUnit.DAYS.between(roundAgo, anchor) - BATCH_SPREAD_DAYS;
    double phase = random.nextDouble();
    for (int i = 0; i < batches.size(); i++) {
      long offset = (long) (roundDays * (i + phase) / batches.size());
      LocalDate batchDate =
          random.nextDouble() < OVERDUE_SHARE
              ? roundAgo.minusDays(1 + random.nextInt(120))
              : roundAgo.plusDays(offset);
      for (GpPractice practice : batches.get(i)) {
        LocalDate offered = batchDate.plusDays(random.nextInt(BATCH_SPREAD_DAYS));
        practice.setLastFirstOfferedDate(offered.isBefore(anchor) ? offered : anchor.minusDays(1));
      }
    }
  }

  /** Log-normal sizes scaled to the target total, none below 100 women. */
  private int[] sizes(int count, int target) {
    double[] raw = new double[count];
    double sum = 0;
    for (int i = 0; i < count; i++) {
      raw[i] = Math.exp(random.nextGaussian() * SIZE_SPREAD);
      sum += raw[i];
    }
    int[] sizes = new int[count];
    for (int i = 0; i < count; i++) {
      sizes[i] = Math.max(100, (int) Math.round(target * raw[i] / sum));
    }
    return sizes;
  }

  /** First call for the 50–52s; of the rest, previous attenders about as many as coverage. */
  private void splitCohorts(GpPractice practice, int total, double uptake) {
    double firstCallShare = FIRST_CALL_SHARE * (0.85 + 0.3 * random.nextDouble());
    int firstCall = (int) Math.round(total * firstCallShare);
    double coverage = Math.max(0.4, Math.min(0.95, uptake + random.nextGaussian() * 0.02));
    int attenders = (int) Math.round((total - firstCall) * coverage);
    practice.setEligibleFirstCall(firstCall);
    practice.setEligiblePreviousAttender(attenders);
    practice.setEligiblePreviousNonAttender(total - firstCall - attenders);
  }

  private double uptake(int imdQuintile) {
    double step = (UPTAKE_LEAST_DEPRIVED - UPTAKE_MOST_DEPRIVED) / 4;
    double mean = UPTAKE_MOST_DEPRIVED + step * (imdQuintile - 1);
    return Math.max(0.45, Math.min(0.9, mean + random.nextGaussian() * 0.025));
  }

  private void placeNear(GpPractice practice, double[] point, List<Site> sites) {
    List<Site> nearest =
        sites.stream()
            .sorted(Comparator.comparingDouble(site -> distance(site, point)))
            .limit(3)
            .toList();
    practice.setHomeSite(nearest.get(0));
    int alternatives = Math.min(nearest.size() - 1, random.nextInt(3));
    practice.setAlternativeSites(new LinkedHashSet<>(nearest.subList(1, 1 + alternatives)));
  }

  private static double distance(Site site, double[] point) {
    return Town.km(
        site.getLatitude().doubleValue(), site.getLongitude().doubleValue(), point[0], point[1]);
  }

  private Town town() {
    List<Town> towns = geography.towns();
    int total = towns.stream().mapToInt(Town::weight).sum();
    int ticket = random.nextInt(total);
    for (Town town : towns) {
      ticket -= town.weight();
      if (ticket < 0) {
        return town;
      }
    }
    return towns.get(towns.size() - 1);
  }

  private String name(Town town) {
    String street = Names.pick(Names.STREETS, random);
    return switch (random.nextInt(6)) {
      case 0 -> town.name() + " Medical Centre";
      case 1 -> town.name() + " Health Centre";
      case 2 -> street + " Surgery";
      case 3 -> "The " + street + " Practice";
      case 4 -> town.name() + " Family Practice";
      default -> street + " Medical Practice, " + town.name();
    };
  }
}
