package uk.nhs.screeningplanner.service.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * What the signed-in user may change on these screens. The services refuse other changes anyway;
 * this only decides whether editing controls are shown, so read-only roles are not offered buttons
 * that would fail.
 *
 * @param referenceData sites, units, practices, the unit calendar and the service settings
 * @param staff staff members and their availability
 */
record EditRights(boolean referenceData, boolean staff) {

  static EditRights of(AuthenticationContext auth) {
    return new EditRights(
        auth.hasAnyRole("SERVICE_MANAGER", "ADMIN"),
        auth.hasAnyRole("SERVICE_MANAGER", "ROTA_COORDINATOR", "ADMIN"));
  }
}
