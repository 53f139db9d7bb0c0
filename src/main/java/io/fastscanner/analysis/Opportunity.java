package io.fastscanner.analysis;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * How attractive the setup is in its direction, 0-100, as computed by {@link OpportunityScorer}; the components'
 * contributions add up to the score (up to rounding to a whole number).
 */
@RegisterForReflection
public record Opportunity(int score, Direction direction, List<OpportunityComponent> components, List<String> notes) {}
