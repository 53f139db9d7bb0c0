package io.fastscanner.analysis;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One input of the opportunity score.
 *
 * @param value        the input normalised to [0, 1], read in the trade's direction
 * @param weight       its share of the score after redistribution (0 when the input is left out)
 * @param contribution {@code 100 x weight x value}, in score points
 */
@RegisterForReflection
public record OpportunityComponent(String name, double value, double weight, double contribution) {}
