package io.fastscanner.analysis;

/** How much of an analysis to write out. */
public enum Detail {
    /** Every number and the reasons in words, as the API shows them. */
    FULL,
    /**
     * The same numbers and decisions without the reasons in words (the market regime's {@code reasons} are empty):
     * for a walk over every candle of a series, which reads the numbers only.
     */
    NUMBERS
}
