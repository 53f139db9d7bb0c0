package io.fastscanner.marketdata.exchanges.kucoin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * KuCoin's rate-limit headers (https://www.kucoin.com/docs-new/rate-limit, "Request Header"): every answer carries
 * the resource pool's quota {@code gw-ratelimit-limit}, what is left of it {@code gw-ratelimit-remaining}, and the
 * milliseconds until it is reset {@code gw-ratelimit-reset}. Answers to a server overload carry none of them.
 *
 * <p>KuCoin's count is {@code limit - remaining}. It is taken in the terms of the documented pool
 * ({@value KucoinApi#PUBLIC_POOL}), on which our budget (80 % of it) is based: scaled by
 * {@code PUBLIC_POOL / limit}, which is 1 while KuCoin reports the documented quota. Should KuCoin report a smaller
 * quota, each of its units weighs more and our budget stays the same share of KuCoin's real quota; a larger quota
 * changes nothing, since the count only ever raises ours. Raising ours to it matters because KuCoin's 30-second
 * window starts at the first request of a period, not on the epoch like ours: a burst at the end of one of our
 * windows and the start of the next may fall in one of KuCoin's, which only its count shows.
 */
final class KucoinRateLimit {

    static final String LIMIT_HEADER = "gw-ratelimit-limit";
    static final String REMAINING_HEADER = "gw-ratelimit-remaining";
    static final String RESET_HEADER = "gw-ratelimit-reset";

    private KucoinRateLimit() {}

    /** KuCoin's count of the current window in our budget's terms; empty when the answer does not say. */
    static OptionalInt usedWeight(Map<String, List<String>> headers) {
        OptionalLong remaining = number(headers, REMAINING_HEADER);
        if (remaining.isEmpty()) {
            return OptionalInt.empty();
        }
        long quota = number(headers, LIMIT_HEADER).orElse(KucoinApi.PUBLIC_POOL);
        if (quota <= 0) {
            return OptionalInt.empty();
        }
        long used = Math.max(0, quota - remaining.getAsLong());
        long scaled = Math.floorDiv(used * KucoinApi.PUBLIC_POOL + quota - 1, quota);
        return OptionalInt.of((int) Math.min(Integer.MAX_VALUE, scaled));
    }

    /** How long until KuCoin resets the pool, when the answer says. */
    static Optional<Duration> reset(Map<String, List<String>> headers) {
        OptionalLong ms = number(headers, RESET_HEADER);
        return ms.isPresent() && ms.getAsLong() >= 0
                ? Optional.of(Duration.ofMillis(ms.getAsLong()))
                : Optional.empty();
    }

    private static OptionalLong number(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        if (values == null || values.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(values.get(0).trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
