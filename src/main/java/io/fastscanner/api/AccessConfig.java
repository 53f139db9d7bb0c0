package io.fastscanner.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** {@code scanner.api.*}: who may call the API. */
@ConfigMapping(prefix = "scanner.api")
public interface AccessConfig {

    /**
     * The bearer token every request that starts work or changes state must carry ({@code Authorization: Bearer
     * <token>}); unset, no token is needed.
     */
    Optional<String> token();

    /** Whether reads of {@code /api/} (the event stream included) need the token too; only with a token. */
    @WithDefault("false")
    boolean protectReads();
}
