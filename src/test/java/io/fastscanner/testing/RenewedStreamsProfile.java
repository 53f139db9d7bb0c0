package io.fastscanner.testing;

import java.util.Map;

/**
 * {@link LiveStreamsProfile} with connections renewed by the service every 3 s ({@code scanner.live.connection-life},
 * Binance's 24 h scaled down) and nothing watched before a scan asks for it.
 */
public class RenewedStreamsProfile extends LiveStreamsProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = super.getConfigOverrides();
        config.put("scanner.live.connection-life", "3s");
        config.put("scanner.live.watch-universe", "false");
        return config;
    }
}
