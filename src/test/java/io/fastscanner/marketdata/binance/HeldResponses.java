package io.fastscanner.marketdata.binance;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WireMock extension that holds the answers of the stubs naming it ({@code withTransformers(HeldResponses.NAME)})
 * until the test releases them: a slow exchange whose slowness the test ends, instead of a fixed delay. An answer is
 * held at most a minute.
 */
final class HeldResponses implements ResponseDefinitionTransformerV2 {

    static final String NAME = "held";

    private static volatile CompletableFuture<Void> release = CompletableFuture.completedFuture(null);
    private static final AtomicInteger HELD = new AtomicInteger();

    /** Holds the answers from now on; completing the returned future sends them. */
    static CompletableFuture<Void> hold() {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        release = gate;
        return gate;
    }

    /**
     * Requests whose answer is being held now. (WireMock's request journal lists a request only once its answer is
     * ready, so a held request is not in it yet.)
     */
    static int held() {
        return HELD.get();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        CompletableFuture<Void> gate = release;
        HELD.incrementAndGet();
        try {
            gate.get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // answer anyway: the test has failed or given up
        } finally {
            HELD.decrementAndGet();
        }
        return serveEvent.getResponseDefinition();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
