package io.fastscanner.signal;

/**
 * One indicator's vote: {@code +1} buy, {@code -1} sell, {@code 0} neutral.
 *
 * @param group     {@code movingAverages} or {@code oscillators}
 * @param indicator what voted, e.g. {@code RSI(14)}
 * @param reason    the rule that decided, in words
 */
public record Vote(String group, String indicator, int value, String reason) {

    public static final String MOVING_AVERAGES = "movingAverages";
    public static final String OSCILLATORS = "oscillators";
}
