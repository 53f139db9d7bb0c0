package io.fastscanner.scan;

import io.fastscanner.marketdata.Exchange;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An exchange of a scan over several exchanges that could not be scanned at all (its ticker request failed, so its
 * default universe is unknown); the other exchanges' rows are complete. An exchange whose symbols were named gets
 * failed rows instead.
 */
@RegisterForReflection
@Schema(description = "An exchange that could not be scanned, and why")
public record ExchangeFailure(
        Exchange exchange,

        @Schema(example = "exchange_ban: until 2026-11-30T12:10:00Z")
        String reason) {

    static ExchangeFailure of(Exchange exchange, Throwable failure) {
        return new ExchangeFailure(exchange, FailureReasons.of(failure));
    }
}
