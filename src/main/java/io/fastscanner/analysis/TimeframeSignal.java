package io.fastscanner.analysis;

import io.fastscanner.signal.SignalType;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The quick signal of one timeframe inside a {@link Confluence}; {@code rating} is the vote model's, in [-1, 1]. */
@RegisterForReflection
public record TimeframeSignal(SignalType signal, double rating) {}
