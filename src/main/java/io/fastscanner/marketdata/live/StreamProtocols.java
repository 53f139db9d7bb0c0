package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.Exchange;
import java.util.Optional;

final class StreamProtocols {
    private StreamProtocols() {}

    static Optional<StreamProtocol> of(Exchange exchange) {
        return Optional.empty();
    }
}
