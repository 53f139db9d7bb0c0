package io.fastscanner.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This process among the replicas that share a store: a random tag, new at every start, that marks its scan ids and
 * its claims on scans in Redis. A restarted replica is a new one: it owns nothing its former process claimed.
 */
@ApplicationScoped
public class Replica {

    private final String tag =
            HexFormat.of().toHexDigits(new SecureRandom().nextInt()).substring(2);

    /** Six hex digits, e.g. {@code 3fa9c2}. */
    public String tag() {
        return tag;
    }
}
