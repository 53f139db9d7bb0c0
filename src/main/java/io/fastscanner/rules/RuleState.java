package io.fastscanner.rules;

import java.time.Instant;

/**
 * What a rule remembers of one symbol on one timeframe.
 *
 * @param matching        the symbol matched at the rule's latest look at it
 * @param lastFiredCandle the open time of the candle the rule last fired on; null if it never fired
 * @param lastFiredAt     when it last fired; null if it never fired
 */
public record RuleState(boolean matching, Instant lastFiredCandle, Instant lastFiredAt) {

    static final RuleState NEW = new RuleState(false, null, null);

    RuleState looked(boolean matchesNow) {
        return new RuleState(matchesNow, lastFiredCandle, lastFiredAt);
    }

    RuleState fired(Instant candle, Instant at) {
        return new RuleState(matching, candle, at);
    }
}
