package io.fastscanner.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The configured API token. A candidate is compared by the SHA-256 digests of both, with
 * {@link MessageDigest#isEqual}, so the time a comparison takes tells nothing of the token's content or length.
 */
final class BearerToken {

    private static final String SCHEME = "Bearer ";

    private final byte[] digest;

    BearerToken(String token) {
        if (token.isBlank()) {
            throw new IllegalArgumentException("the token is blank");
        }
        this.digest = sha256(token);
    }

    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(digest, sha256(candidate));
    }

    /** The token of an {@code Authorization: Bearer <token>} header, or null when there is none. */
    static String fromHeader(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.trim();
        if (!value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String token = value.substring(SCHEME.length()).trim();
        return token.isEmpty() ? null : token;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
