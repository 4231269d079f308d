package uk.nhs.screeningplanner.clinic.domain;

/**
 * A site on the map. Travel time is the straight-line (haversine) distance at {@link
 * #AVERAGE_SPEED_KMH}; no travel-time table exists in the service workbook yet.
 */
public record Location(long id, String name, double latitude, double longitude) {

  /**
   * [B] An average door-to-door speed of 40 km/h over the straight-line distance, a rough allowance
   * for rural roads and parking; no source gives a figure (domain.md §2.2 only says travel reduces
   * screening time).
   */
  public static final double AVERAGE_SPEED_KMH = 40.0;

  private static final double EARTH_RADIUS_KM = 6371.0;

  /** Whole minutes to travel from here to there, 0 for the same site. */
  public int travelMinutesTo(Location other) {
    if (other == null || other.id == id) {
      return 0;
    }
    double dLat = Math.toRadians(other.latitude - latitude);
    double dLon = Math.toRadians(other.longitude - longitude);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    double km = 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    return (int) Math.ceil(km / AVERAGE_SPEED_KMH * 60);
  }
}
