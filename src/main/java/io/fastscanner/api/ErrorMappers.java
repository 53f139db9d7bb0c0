package io.fastscanner.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fastscanner.errors.ApiError;
import io.fastscanner.errors.ApiException;
import io.fastscanner.marketdata.MarketDataException;
import io.fastscanner.marketdata.budget.BudgetUnreachableException;
import io.fastscanner.scan.ScannerStopping;
import io.fastscanner.store.StoreUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure to the JSON error body with the right status; never an HTML page or a stack trace. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    static final long DEFAULT_RETRY_AFTER_SECONDS = 30;

    @ServerExceptionMapper
    public Response api(ApiException e) {
        Response.ResponseBuilder response =
                Response.status(e.status()).entity(e.body()).type(MediaType.APPLICATION_JSON);
        e.headers().forEach(response::header);
        return response.build();
    }

    /**
     * A market data failure that ends a whole request (the 24 h ticker or the symbol list could not be read: the
     * exchange is down, the circuit is open, the IP is banned): 503 with {@code Retry-After} (the source's own
     * estimate, e.g. the end of a ban, else {@value #DEFAULT_RETRY_AFTER_SECONDS} s). Per-symbol failures never
     * get here; they are rows of the scan.
     */
    @ServerExceptionMapper
    public Response marketData(MarketDataException e) {
        if (e instanceof BudgetUnreachableException) { // the exchange was never asked: the store is the trouble
            return store(new StoreUnavailableException("the shared request budget: " + e.getMessage()));
        }
        long retryAfter = Math.max(1, e.retryAfter().map(Duration::toSeconds).orElse(DEFAULT_RETRY_AFTER_SECONDS));
        LOG.warnf("Market data unavailable: %s: %s", e.reason(), e.getMessage());
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .entity(ApiError.of(
                        "EXCHANGE_UNAVAILABLE",
                        "Market data is unavailable (" + e.reason() + "); retry after " + retryAfter + " s"))
                .header("Retry-After", retryAfter)
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    /** A scan asked for while the service shuts down: another instance, or this one once it is back, can run it. */
    @ServerExceptionMapper
    public Response stopping(ScannerStopping e) {
        return api(ApiException.shuttingDown("starts no new scan", ScannerStopping.RETRY_AFTER));
    }

    /** The shared store (Redis) is unreachable: a scan's results and events could not reach the other replicas. */
    @ServerExceptionMapper
    public Response store(StoreUnavailableException e) {
        long retryAfter = StoreUnavailableException.RETRY_AFTER.toSeconds();
        LOG.debugf("Refused while the store is unreachable: %s", e.getMessage());
        return api(new ApiException(
                        ApiException.SERVICE_UNAVAILABLE,
                        "STORE_UNAVAILABLE",
                        "The shared store is unreachable (" + e.getMessage() + "); retry after " + retryAfter + " s")
                .withHeader("Retry-After", String.valueOf(retryAfter)));
    }

    /**
     * Request bodies are read by {@link JsonBodies}, which names the mistake; this only keeps a Jackson failure
     * that reaches JAX-RS some other way from becoming a 500.
     */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return badRequest("INVALID_JSON", "The request body could not be read as JSON");
    }

    /**
     * The request's body could not be read to its end: the client went away, or sent an HTTP/2 body without a declared
     * length over the limit, which Quarkus REST has answered itself with 413. The client's doing, logged at DEBUG.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        LOG.debugf("The request body could not be read: %s", e.getMessage());
        return badRequest("BAD_REQUEST", "The request body could not be read");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException cause) {
            return json(cause);
        }
        if (status >= 500) {
            LOG.errorf(e, "Request failed with status %d", status);
        }
        return api(ApiException.ofStatus(status));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected error while serving a request", e);
        return Response.serverError()
                .entity(ApiError.of("INTERNAL_ERROR", "Internal error"))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    private static Response badRequest(String code, String message) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(ApiError.of(code, message))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }
}
