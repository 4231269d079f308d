package uk.nhs.screeningplanner.service;

/** Role names used in {@code @RolesAllowed} on this module's services. */
final class Roles {
  static final String MANAGER = "SERVICE_MANAGER";
  static final String ROTA = "ROTA_COORDINATOR";
  static final String ADMIN = "ADMIN";

  private Roles() {}
}
