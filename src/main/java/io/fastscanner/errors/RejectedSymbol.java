package io.fastscanner.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A requested symbol that was not scanned, and why.
 *
 * @param symbol the symbol in our spelling, or the client's text made safe to echo when it is malformed
 * @param reason   {@code malformed}, {@code unknown} or {@code duplicate}
 * @param exchange in a scan over several exchanges, the one that does not trade an {@code unknown} symbol
 */
@RegisterForReflection
public record RejectedSymbol(
        String symbol,

        @Schema(enumeration = {"malformed", "unknown", "duplicate"})
        String reason,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = "In a scan over several exchanges: the exchange that does not trade the symbol",
                example = "kraken")
        String exchange) {

    public RejectedSymbol(String symbol, String reason) {
        this(symbol, reason, null);
    }

    /** The same rejection, naming the exchange. */
    public RejectedSymbol on(String exchangeId) {
        return new RejectedSymbol(symbol, reason, exchangeId);
    }
}
