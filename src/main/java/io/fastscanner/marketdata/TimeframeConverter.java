package io.fastscanner.marketdata;

import org.eclipse.microprofile.config.spi.Converter;

/** Reads a timeframe from configuration by its label ({@code 1h}); anything else fails the start with the labels. */
public final class TimeframeConverter implements Converter<Timeframe> {

    @Override
    public Timeframe convert(String value) {
        return Timeframe.fromLabel(value)
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + value + "' is not a timeframe; use one of " + Timeframe.labels()));
    }
}
