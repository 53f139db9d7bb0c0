package io.fastscanner.marketdata.binance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.UpstreamException;
import io.fastscanner.marketdata.budget.BudgetUnreachableException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * The Binance calls of {@link BinanceRequests}, every failure of which arrives as an {@link UpstreamException}:
 * what fault tolerance raises itself (an open circuit) is converted here, the one place that sees it. A shared
 * weight budget out of reach ({@link BudgetUnreachableException}) is no upstream fault and stays as it is.
 */
@ApplicationScoped
class BinanceClient {

    private final BinanceRequests requests;

    BinanceClient(BinanceRequests requests) {
        this.requests = requests;
    }

    Uni<BinanceResponse<JsonNode>> exchangeInfo() {
        return upstream(BinanceEndpoint.EXCHANGE_INFO, requests.exchangeInfo());
    }

    Uni<BinanceResponse<JsonNode>> ticker24h() {
        return upstream(BinanceEndpoint.TICKER_24H, requests.ticker24h());
    }

    <T> Uni<BinanceResponse<T>> klines(
            String exchangeSymbol, String interval, int limit, BinanceRequests.BodyReader<T> reader) {
        return upstream(BinanceEndpoint.KLINES, requests.klines(exchangeSymbol, interval, limit, reader));
    }

    JsonFactory jsonFactory() {
        return requests.jsonFactory();
    }

    private static <T> Uni<T> upstream(BinanceEndpoint endpoint, Uni<T> call) {
        return call.onFailure(failure -> !(failure instanceof BudgetUnreachableException))
                .transform(failure -> toUpstream(endpoint, failure));
    }

    static UpstreamException toUpstream(BinanceEndpoint endpoint, Throwable failure) {
        if (failure instanceof UpstreamException upstream) {
            return upstream;
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return endpoint.failure(
                    "circuit_open",
                    -1,
                    Map.of("retry-after", List.of(String.valueOf(BinanceRequests.CIRCUIT_OPEN_SECONDS))),
                    "recent calls failed, not calling for a while",
                    failure);
        }
        return endpoint.transientFailure(
                "io_error", -1, Map.of(), failure.getClass().getSimpleName() + ": " + failure.getMessage(), failure);
    }
}
