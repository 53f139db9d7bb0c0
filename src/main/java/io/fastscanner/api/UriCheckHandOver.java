package io.fastscanner.api;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SmallRyeConfigBuilderCustomizer;

/**
 * Hands the check of each request's URI from Quarkus to {@link FrontDoor}, which answers a URL that is not a valid URI
 * with the JSON error body. Quarkus parses every URI with {@link java.net.URI} before any route and answers one it
 * refuses with an empty 400, unless the system property {@value #PROPERTY} is set when its HTTP layer starts. The
 * packaged service and the tests build their configuration before the HTTP layer, so this customizer of it sets the
 * property in time; dev mode sets up the HTTP layer first, so there Quarkus keeps its check and its empty 400.
 * {@link FrontDoor} makes the same check first, so no request skips it either way. Registered in
 * {@code META-INF/services/io.smallrye.config.SmallRyeConfigBuilderCustomizer}.
 */
public class UriCheckHandOver implements SmallRyeConfigBuilderCustomizer {

    static final String PROPERTY = "vertx.disableURIValidation";

    @Override
    public void configBuilder(SmallRyeConfigBuilder builder) {
        System.setProperty(PROPERTY, "true");
    }
}
