package uk.nhs.screeningplanner.service.sample;

/**
 * A fictional town: where sites and practices are placed. Not persisted; practices keep only the
 * sites nearest to them.
 *
 * @param district the postcode district number, e.g. 4 in MX4 7QT
 * @param weight how many practices it attracts relative to other towns
 * @param imdQuintile the deprivation quintile typical of its practices (1 most deprived)
 */
record Town(
    String name,
    int district,
    double latitude,
    double longitude,
    boolean coastal,
    int weight,
    int imdQuintile) {

  /** Kilometres between two points; flat-earth is close enough within a county. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double dy = lat1 - lat2;
    double dx = (lon1 - lon2) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
    return Math.sqrt(dx * dx + dy * dy) * 111.2;
  }
}
