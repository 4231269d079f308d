/**
 * What every planning problem shares: persisted solver jobs ({@link
 * uk.nhs.screeningplanner.planning.SolverJobService}) so progress, stops and failures survive the
 * browser tab and show on any node; and the local search they all use ({@link
 * uk.nhs.screeningplanner.planning.LocalSearch}: late acceptance over change, swap and {@link
 * uk.nhs.screeningplanner.planning.GroupedSwapMoves grouped swap} moves). Each problem (clinic
 * schedule, reader roster) keeps its own model, constraints, solver manager and plan tables in its
 * own module.
 */
package uk.nhs.screeningplanner.planning;
