package uk.nhs.screeningplanner.forecast.model;

import java.util.List;

/**
 * What the screening part of the forecast needs: the batches, each unit's screening slots per day
 * (its calendar visits, or the published clinic plan's filled sessions where it covers the day),
 * and the pool's slots per day (units' standard throughput beyond the calendar, plus any extra
 * sessions), which serve women no visit is planned for and women carried over.
 *
 * @param unitSlots slots per unit per day; a unit's queue moves to the pool from {@code poolFrom}
 * @param roundDays for each day index, the day index one round (36 months) later, for next rounds
 * @param earlyDays how many days before its due date a next-round batch is released to the pool
 *     (the early-invitation window)
 */
public record ScreeningInput(
    int days,
    List<Batch> batches,
    double[][] unitSlots,
    double[] poolSlots,
    int poolFrom,
    int[] roundDays,
    int earlyDays) {}
