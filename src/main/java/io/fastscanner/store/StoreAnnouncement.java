package io.fastscanner.store;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at start-up where the shared state lives, beside the market data source's own line. */
@ApplicationScoped
class StoreAnnouncement {

    private static final Logger LOG = Logger.getLogger(StoreAnnouncement.class);

    private final StoreConfig config;

    StoreAnnouncement(StoreConfig config) {
        this.config = config;
    }

    void announce(@Observes StartupEvent event) {
        if (config.redis()) {
            LOG.infof("Store: redis (keys under %s)", config.redisPrefix());
        } else {
            LOG.info("Store: memory (this process only)");
        }
    }
}
