package io.fastscanner.scan;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.store.StoreConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/** The {@link ScanView} of {@code scanner.store}; the memory store never looks up the Redis client. */
@ApplicationScoped
class ScanViews {

    @Produces
    @ApplicationScoped
    ScanView view(
            StoreConfig store,
            HistoryConfig history,
            ScanState state,
            DeepAnalysisService deep,
            ObjectMapper json,
            Instance<ReactiveRedisDataSource> redis) {
        return store.redis()
                ? new RedisScanView(redis.get(), new ScanKeys(store.redisPrefix()), history.size(), json)
                : new LocalScanView(state, deep);
    }
}
