package io.fastscanner.marketdata.budget;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Redis keys of one limit, under the store's prefix ({@code scanner.redis.prefix}):
 * {@code <prefix>budget:<name>:<windowStartMs>} the weight counted in a window, {@code <prefix>budget:<name>:pause}
 * and {@code <prefix>budget:<name>:ban} the end (epoch ms) of the running 429 pause and 418 ban.
 */
record BudgetKeys(String prefix, String name) {

    private static final Pattern GLOB = Pattern.compile("[*?\\[\\]\\\\]");

    private String base() {
        return prefix + "budget:" + name + ":";
    }

    String window(long windowStartMs) {
        return base() + windowStartMs;
    }

    String pause() {
        return base() + "pause";
    }

    String ban() {
        return base() + "ban";
    }

    /** A {@code SCAN MATCH} pattern of every key of this limit. */
    String all() {
        return GLOB.matcher(base()).replaceAll(m -> "\\\\" + Matcher.quoteReplacement(m.group())) + "*";
    }
}
