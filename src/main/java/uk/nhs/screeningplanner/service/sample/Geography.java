package uk.nhs.screeningplanner.service.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The towns of a fictional county, laid out in a box of about 65 by 60 km round the area's centre:
 * the county town in the middle, and on a coastal county one seaside town on the southern edge.
 */
final class Geography {

  private static final double HALF_HEIGHT_DEGREES = 0.30;
  private static final double HALF_WIDTH_DEGREES = 0.45;

  /** Inward codes never use C, I, K, M, O or V. */
  private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  private final SampleSpec.Area area;
  private final Random random;
  private final List<Town> towns;

  Geography(SampleSpec.Area area, int townCount, Random random) {
    this.area = area;
    this.random = random;
    this.towns = layOut(Math.max(2, townCount));
  }

  List<Town> towns() {
    return towns;
  }

  /** The coastal town, or the county town when the county has no coast. */
  Town seaside() {
    return towns.stream().filter(Town::coastal).findFirst().orElse(towns.get(0));
  }

  /** A plausible postcode in the town's district, e.g. MX4 7QT. */
  String postcode(Town town) {
    return area.postcodeArea()
        + town.district()
        + " "
        + (1 + random.nextInt(9))
        + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
        + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
  }

  /** A point within a few kilometres of the town, kept inside the county. */
  double[] near(Town town, double spreadDegrees) {
    double lat = town.latitude() + random.nextGaussian() * spreadDegrees;
    double lon = town.longitude() + random.nextGaussian() * spreadDegrees * 1.5;
    return new double[] {
      clamp(lat, area.latitude() - HALF_HEIGHT_DEGREES, area.latitude() + HALF_HEIGHT_DEGREES),
      clamp(lon, area.longitude() - HALF_WIDTH_DEGREES, area.longitude() + HALF_WIDTH_DEGREES)
    };
  }

  static BigDecimal degrees(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
  }

  private List<Town> layOut(int count) {
    List<Integer> districts = new ArrayList<>();
    for (int d = 2; d <= count + 8; d++) {
      districts.add(d);
    }
    Collections.shuffle(districts, random);
    Set<String> used = new HashSet<>();
    List<Town> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean coastal = area.coastal() && i == count - 1;
      double lat = area.latitude() + spread(i == 0 ? 0.05 : HALF_HEIGHT_DEGREES);
      double lon = area.longitude() + spread(i == 0 ? 0.05 : HALF_WIDTH_DEGREES);
      if (coastal) {
        lat = area.latitude() - HALF_HEIGHT_DEGREES + 0.01;
      }
      String name = Names.unique(() -> townName(coastal), used);
      int district = i == 0 ? 1 : districts.get(i);
      result.add(new Town(name, district, lat, lon, coastal, weight(i), 1 + random.nextInt(5)));
    }
    return List.copyOf(result);
  }

  /** The county town draws most practices, the second town fewer, the rest about the same. */
  private int weight(int index) {
    return switch (index) {
      case 0 -> 5;
      case 1 -> 3;
      default -> 1 + random.nextInt(2);
    };
  }

  private String townName(boolean coastal) {
    String start = Names.pick(Names.TOWN_STARTS, random);
    if (!coastal) {
      return start + Names.pick(Names.TOWN_ENDS, random);
    }
    String end = Names.pick(Names.SEASIDE_ENDS, random);
    return end.equals("sea") ? start + "ton-on-Sea" : start + end;
  }

  private double spread(double halfRange) {
    return (random.nextDouble() * 2 - 1) * halfRange;
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}
