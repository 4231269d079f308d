package uk.nhs.screeningplanner.forecast.model;

/**
 * Index of Multiple Deprivation quintiles of the practices: 1 most deprived to 5 least, and 0 for a
 * practice whose quintile is not recorded.
 */
public final class Quintiles {

  /** Unknown, then quintiles 1 to 5. */
  public static final int COUNT = 6;

  private Quintiles() {}

  /** The array index of a practice's quintile (null or out of range: 0, unknown). */
  public static int index(Integer quintile) {
    return quintile == null || quintile < 1 || quintile > 5 ? 0 : quintile;
  }

  public static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  static void addInto(double[] target, double[] values, double factor) {
    for (int q = 0; q < COUNT; q++) {
      target[q] += values[q] * factor;
    }
  }

  static double[] times(double[] values, double factor) {
    double[] out = new double[COUNT];
    addInto(out, values, factor);
    return out;
  }

  /** Label for a quintile index: "1 (most deprived)" … "5 (least deprived)", "Not recorded". */
  public static String label(int index) {
    return switch (index) {
      case 0 -> "Not recorded";
      case 1 -> "1 (most deprived)";
      case 5 -> "5 (least deprived)";
      default -> String.valueOf(index);
    };
  }
}
