package io.fastscanner.scannerapi;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Fault-tolerant calls to the Python service. Every call yields the raw status and body; a 5xx answer fails with
 * {@link ScannerApiHttpException} so that it counts against the circuit breaker, as do connection errors and
 * timeouts. A 4xx answer (such as Flask's HTML 404 page) is returned as it is for the caller to judge.
 * <p>
 * Each method has its own circuit: after half of the last 4 calls failed it opens for 30 s and calls fail at once
 * with {@code CircuitBreakerOpenException}. Both policies can be tuned through the usual
 * {@code quarkus.fault-tolerance."io.fastscanner.scannerapi.ScannerApiClient/<method>".*} keys.
 * Callers must check {@link ScannerApiConfig#enabled()} first: without a URL the client points at a default
 * local address that is not meant to be called.
 */
@ApplicationScoped
public class ScannerApiClient {

    private final ScannerApi api;

    ScannerApiClient(@RestClient ScannerApi api) {
        this.api = api;
    }

    /** {@code POST /api/scanner/scan}. The older service version scans synchronously, hence the longer bound. */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public Uni<RawAnswer> scan(ScanRequest request) {
        return call(() -> api.scan(request));
    }

    /** {@code GET /api/scanner/status}. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public Uni<RawAnswer> status() {
        return call(api::status);
    }

    /** {@code GET /api/scanner/signals}. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public Uni<RawAnswer> signals() {
        return call(api::signals);
    }

    private static Uni<RawAnswer> call(Supplier<Uni<RestResponse<String>>> request) {
        return Uni.createFrom()
                .deferred(request::get)
                .map(response -> new RawAnswer(response.getStatus(), response.getEntity()))
                // the default response mapper may turn >= 400 into an exception; recover the answer from it
                .onFailure(WebApplicationException.class)
                .recoverWithItem(failure -> fromResponse(((WebApplicationException) failure).getResponse(), failure))
                .map(answer -> {
                    if (answer.status() >= 500) {
                        throw new ScannerApiHttpException(answer.status(), answer.body());
                    }
                    return answer;
                });
    }

    private static RawAnswer fromResponse(Response response, Throwable failure) {
        if (response == null) {
            throw new ScannerApiHttpException(599, String.valueOf(failure.getMessage()));
        }
        String body;
        try {
            body = response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException unreadable) {
            body = "";
        }
        return new RawAnswer(response.getStatus(), body);
    }
}
