/**
 * Reference data of a screening service: the service and its programme settings, sites and mobile
 * pitches, screening units and their calendar, GP practices, staff and their availability. The
 * {@code *Service} classes in this package are the module's API; every change goes through them, is
 * validated, refused when stale, and recorded in the audit trail.
 */
package uk.nhs.screeningplanner.service;
