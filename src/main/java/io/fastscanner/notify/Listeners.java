package io.fastscanner.notify;

import org.jboss.logging.Logger;

/** Calls to the {@link DeliveryListener}: whatever it throws is logged, and never stops a delivery or a queue. */
final class Listeners {

    private static final Logger LOG = Logger.getLogger(Listeners.class);

    private Listeners() {}

    static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "A delivery listener failed: %s", e.getClass().getSimpleName());
        }
    }
}
