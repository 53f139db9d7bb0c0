package io.fastscanner.api;

import io.fastscanner.errors.ApiException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Who may call what; checked before a request reaches any endpoint. A request that changes state (any method but
 * GET, HEAD and OPTIONS) is refused
 * <ul>
 * <li>with 403 {@code CROSS_ORIGIN} when a browser sends it from a page of another origin ({@code Origin}), unless
 * CORS is enabled for that origin: a page cannot make the service spend the exchange's request weight;</li>
 * <li>with 401 {@code UNAUTHORIZED} without the token, when {@code scanner.api.token} is set;</li>
 * <li>with 415 {@code UNSUPPORTED_MEDIA_TYPE} when its {@code Content-Type} is not {@code application/json}, body or
 * not (no {@code Content-Type} and no body is fine).</li>
 * </ul>
 * With {@code scanner.api.protect-reads}, reads of {@code /api/} need the token too; the event stream also takes it as
 * {@code ?token=}, since a browser's {@code EventSource} cannot send headers. With CORS enabled, a read from an origin
 * it does not allow is refused as Quarkus's CORS filter would refuse it, but with the JSON body.
 */
final class CallerPolicy {

    /** The event stream, a Vert.x route of its own (io.fastscanner.events). */
    static final String EVENT_STREAM = "/api/scanner/events";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String REALM = "Bearer realm=\"fast-scanner\"";

    /**
     * What the checks read of a request.
     *
     * @param path  the normalised path, as routes match it
     * @param host  the host the request was sent to, or null; {@code port} is -1 when the request names none
     * @param query the first value of a query parameter, or null
     */
    record Call(
            String method,
            String path,
            String origin,
            String host,
            int port,
            String authorization,
            String contentType,
            UnaryOperator<String> query) {}

    private final Optional<BearerToken> token;
    private final boolean protectReads;
    private final AllowedOrigins origins;

    CallerPolicy(Optional<BearerToken> token, boolean protectReads, AllowedOrigins origins) {
        this.token = token;
        this.protectReads = protectReads;
        this.origins = origins;
    }

    /** Why the request may not go on, or empty when it may. */
    Optional<ApiException> refusal(Call call) {
        boolean changes = !SAFE_METHODS.contains(call.method());
        if (call.origin() != null
                && (changes || origins.corsEnabled())
                && !origins.allows(call.origin(), call.host(), call.port())) {
            return Optional.of(new ApiException(
                    ApiException.FORBIDDEN,
                    "CROSS_ORIGIN",
                    origins.corsEnabled()
                            ? "Requests from web pages of this origin are refused; allowed: this service's own"
                                    + " origin and quarkus.http.cors.origins"
                            : "Web pages of another origin may not start work or change state here; allowed: this"
                                    + " service's own origin"));
        }
        if (token.isPresent() && needsToken(call, changes)) {
            Optional<ApiException> unauthorized = authenticate(call, token.get());
            if (unauthorized.isPresent()) {
                return unauthorized;
            }
        }
        if (changes && call.contentType() != null && !isJson(call.contentType())) {
            return Optional.of(new ApiException(
                    ApiException.UNSUPPORTED_MEDIA_TYPE,
                    "UNSUPPORTED_MEDIA_TYPE",
                    "Send the request as application/json (or without a Content-Type and without a body)"));
        }
        return Optional.empty();
    }

    private boolean needsToken(Call call, boolean changes) {
        if (changes) {
            return true;
        }
        boolean api = call.path().equals("/api") || call.path().startsWith("/api/");
        return protectReads && api && !call.method().equals("OPTIONS");
    }

    private static Optional<ApiException> authenticate(Call call, BearerToken expected) {
        String given = BearerToken.fromHeader(call.authorization());
        boolean stream = call.path().equals(EVENT_STREAM);
        if (given == null && stream) {
            given = call.query().apply("token");
        }
        if (given == null) {
            return Optional.of(new ApiException(
                            ApiException.UNAUTHORIZED,
                            "UNAUTHORIZED",
                            "This request needs the API token: Authorization: Bearer <token>"
                                    + (stream ? " (or ?token=<token>)" : ""))
                    .withHeader("WWW-Authenticate", REALM));
        }
        if (!expected.matches(given)) {
            return Optional.of(new ApiException(ApiException.UNAUTHORIZED, "UNAUTHORIZED", "The API token is not valid")
                    .withHeader("WWW-Authenticate", REALM + ", error=\"invalid_token\""));
        }
        return Optional.empty();
    }

    private static boolean isJson(String contentType) {
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .trim()
                .toLowerCase(Locale.ROOT);
        return type.equals("application/json");
    }
}
