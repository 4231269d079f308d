/**
 * Backlog forecast (issue #14; design.md planning problem 4): not a solver but a day-by-day
 * simulation of the flow from invitation to screening, reading, results and assessment, from the
 * plans where they exist and capacity assumptions beyond them, with KPIs over time, by IMD quintile
 * and for what-if scenarios. {@link uk.nhs.screeningplanner.forecast.ForecastService} is the
 * module's API; the plain-Java simulation is in {@code model}, the reading of reference data and
 * plans into its inputs in {@code data}, the dashboard in {@code ui}.
 */
package uk.nhs.screeningplanner.forecast;
