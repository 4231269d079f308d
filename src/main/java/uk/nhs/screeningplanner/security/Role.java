package uk.nhs.screeningplanner.security;

/** What a user may do. Names match {@code @RolesAllowed} values across the app. */
public enum Role {
  SERVICE_MANAGER("Service manager", "Plans sites, vans, clinics and reference data"),
  ROTA_COORDINATOR("Rota coordinator", "Builds the reader roster; keeps staff availability"),
  EXECUTIVE("Executive", "Sees dashboards and plans; changes nothing"),
  ADMIN("Administrator", "Manages users and reads the audit log; may change everything");

  public static final String MANAGER_NAME = "SERVICE_MANAGER";
  public static final String ROTA_NAME = "ROTA_COORDINATOR";
  public static final String EXECUTIVE_NAME = "EXECUTIVE";
  public static final String ADMIN_NAME = "ADMIN";

  private final String label;
  private final String description;

  Role(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }
}
