/**
 * Clinic schedule (issue #6; design.md planning problem 2): who staffs each screening session and
 * assessment clinic over 4–12 weeks. {@link uk.nhs.screeningplanner.clinic.ClinicScheduleService}
 * is the module's API; sub-packages hold the planning model ({@code domain}), the rules and solver
 * set-up ({@code solver}), the builders from reference data ({@code assembly}), the plan tables
 * ({@code persistence}), the export ({@code workbook}) and the views ({@code ui}).
 */
package uk.nhs.screeningplanner.clinic;
