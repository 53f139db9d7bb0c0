package io.fastscanner.api;

import io.fastscanner.errors.ApiException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What the HTTP codec lets through but a request must not have, checked before anything reads the request: a URL
 * that is not a valid URI (Quarkus makes this check itself unless {@link UriCheckHandOver} hands it over, and answers
 * with an empty body), several {@code Host} headers, and a {@code Transfer-Encoding} that does not end with
 * {@code chunked}, whose body has no end but the connection's (RFC 9112: answer 400 and close).
 */
final class RequestFraming {

    private RequestFraming() {}

    static Optional<ApiException> problem(HttpServerRequest request) {
        if (!validUri(request.uri())) {
            return Optional.of(ApiException.badRequest(
                    "INVALID_URL",
                    "The URL is not valid: '%' must be followed by two hex digits, and characters such as"
                            + " space | { } \\ ^ ` \" < > must be percent-encoded"));
        }
        if (request.headers().getAll(HttpHeaders.HOST).size() > 1) {
            return Optional.of(ApiException.badRequest("BAD_REQUEST", "A request may have only one Host header"));
        }
        String transferEncoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (transferEncoding != null
                && !transferEncoding.trim().toLowerCase(Locale.ROOT).endsWith("chunked")) {
            return Optional.of(ApiException.badRequest(
                            "BAD_REQUEST", "Transfer-Encoding must end with chunked; the body's end cannot be known")
                    .withHeader(HttpHeaders.CONNECTION.toString(), HttpHeaders.CLOSE.toString()));
        }
        return Optional.empty();
    }

    private static boolean validUri(String uri) {
        if (uri == null || uri.isEmpty()) {
            return false;
        }
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
