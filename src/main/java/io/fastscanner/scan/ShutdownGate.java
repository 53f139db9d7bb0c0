package io.fastscanner.scan;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Closes the scanner when the service starts to shut down (the pre-shutdown phase, {@code quarkus.shutdown.delay-*}):
 * from then on no scan starts, and the deep analysis stops, its unfinished symbols failed with reason
 * {@code shutdown}. A quick scan already running goes on, and its request is answered while Quarkus waits for the
 * requests in flight ({@code quarkus.shutdown.timeout}).
 */
@ApplicationScoped
public class ShutdownGate {

    /**
     * The order of the pre-shutdown observers (lowest first): the scanner closes first, so that the closing events of
     * the scans it stops are published before the event stream sends its clients {@code shutdown}.
     */
    public static final class ShutdownOrder {

        public static final int CLOSE_SCANNER = 100;
        public static final int CLOSE_STREAMS = 200;

        private ShutdownOrder() {}
    }

    private static final Logger LOG = Logger.getLogger(ShutdownGate.class);

    private final AtomicBoolean closed = new AtomicBoolean();
    private final DeepAnalysisService deep;

    ShutdownGate(DeepAnalysisService deep) {
        this.deep = deep;
    }

    void onShutdown(@Observes @Priority(ShutdownOrder.CLOSE_SCANNER) ShutdownDelayInitiatedEvent event) {
        if (closed.compareAndSet(false, true)) {
            int stopped = deep.stop();
            LOG.infof("Shutting down: no new scan starts; %d unfinished deep analyses stopped", stopped);
        }
    }

    /** True once the service has started to shut down. */
    public boolean closed() {
        return closed.get();
    }
}
