package uk.nhs.screeningplanner.clinic;

/**
 * The solver's state for a live view.
 *
 * @param solving whether a solver is running for the service
 * @param score the best score so far
 * @param unfilled required positions still empty in the best plan so far
 * @param message e.g. "Finished", "Stopped", or why it failed
 * @param planSaved whether the best plan so far was just saved, so a view can show it
 */
public record SolveProgress(
    boolean solving, String score, long unfilled, String message, boolean planSaved) {}
