package uk.nhs.screeningplanner.planning;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A genuine planning variable of an entity class, by name and accessors, so a custom move can
 * change it and tell the score director.
 *
 * @param name the field name OptaPlanner knows the variable by
 */
public record PlanningVariable<E, V>(String name, Function<E, V> getter, BiConsumer<E, V> setter) {}
