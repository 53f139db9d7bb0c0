package io.fastscanner.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@value #HEADER} header of a webhook delivery: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}, where the MAC is
 * taken with the channel's secret over {@code "<t>.<body>"} (the body's exact bytes). Signing the timestamp with the
 * body lets a receiver refuse a replayed request: {@link #verify} accepts a header only within a tolerance of its own
 * clock. A receiver may see several {@code v1=} entries (e.g. while a secret is rotated); one match is enough.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    /** The header value for {@code body} sent at {@code now}. */
    public static String sign(String secret, Instant now, byte[] body) {
        long t = now.getEpochSecond();
        return "t=" + t + ",v1=" + hmac(secret, t, body);
    }

    /**
     * Whether {@code header} is a valid signature of {@code body} with {@code secret}, made no more than
     * {@code tolerance} away from {@code now}. A malformed header, a stale (or future) timestamp and a wrong MAC are
     * all false.
     */
    public static boolean verify(String secret, String header, byte[] body, Instant now, Duration tolerance) {
        if (secret == null || header == null || body == null) {
            return false;
        }
        Long t = null;
        List<String> macs = new ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return false;
            }
            String key = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            if (key.equals("t")) {
                t = parseSeconds(value);
            } else if (key.equals("v1")) {
                macs.add(value);
            }
        }
        if (t == null || macs.isEmpty()) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - t) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = hmac(secret, t, body).getBytes(StandardCharsets.US_ASCII);
        boolean match = false;
        for (String mac : macs) {
            match |= MessageDigest.isEqual(expected, mac.getBytes(StandardCharsets.US_ASCII));
        }
        return match;
    }

    public static boolean verify(String secret, String header, String body, Instant now, Duration tolerance) {
        return verify(secret, header, body.getBytes(StandardCharsets.UTF_8), now, tolerance);
    }

    private static Long parseSeconds(String value) {
        if (value.isEmpty() || value.length() > 12 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(value);
    }

    private static String hmac(String secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
