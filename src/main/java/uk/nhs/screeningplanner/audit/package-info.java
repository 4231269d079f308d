/**
 * The audit trail: an append-only record of every change to reference data, every import and every
 * publish, with who made it and a readable summary. {@link uk.nhs.screeningplanner.audit.AuditLog}
 * is the module's API.
 */
package uk.nhs.screeningplanner.audit;
