package uk.nhs.screeningplanner.service.workbook;

/**
 * How much reference data the database holds for one service: what an export would contain.
 *
 * @param code the service code
 * @param name the service name
 * @param sites sites and pitches
 * @param units vans and rooms
 * @param practices GP practices
 * @param staff staff members
 * @param availability availability rows
 */
public record HeldService(
    String code, String name, int sites, int units, long practices, int staff, long availability) {}
