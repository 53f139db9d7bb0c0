package io.fastscanner.api;

/**
 * Error answers every operation can give, for the OpenAPI annotations; the shared responses they name are in
 * {@code META-INF/openapi.yaml}.
 */
final class Answers {

    /** The 400 codes of a malformed request, refused before it reaches an operation ({@link FrontDoor}). */
    static final String MALFORMED = "INVALID_URL (the URL is not a valid URI: a bad %-escape, a character such as |"
            + " that must be escaped), BAD_REQUEST (no Host or several, a Transfer-Encoding without chunked, a body"
            + " that cannot be read)";

    private Answers() {}
}
