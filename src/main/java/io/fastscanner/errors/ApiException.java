package io.fastscanner.errors;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request that cannot be served, with the HTTP status, error code, message and headers the client gets with an
 * {@link ApiError} body. Any layer that reads requests may throw it; the HTTP layer writes it.
 */
public class ApiException extends RuntimeException {

    public static final int BAD_REQUEST = 400;
    public static final int UNAUTHORIZED = 401;
    public static final int FORBIDDEN = 403;
    public static final int NOT_FOUND = 404;
    public static final int NOT_ACCEPTABLE = 406;
    public static final int CONFLICT = 409;
    public static final int PAYLOAD_TOO_LARGE = 413;
    public static final int UNSUPPORTED_MEDIA_TYPE = 415;
    public static final int SERVICE_UNAVAILABLE = 503;

    private final int status;
    private final String code;
    private final List<RejectedSymbol> details;
    private final Map<String, String> headers;
    private final Integer position;

    public ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    public ApiException(int status, String code, String message, List<RejectedSymbol> details) {
        this(status, code, message, details, Map.of(), null);
    }

    private ApiException(
            int status,
            String code,
            String message,
            List<RejectedSymbol> details,
            Map<String, String> headers,
            Integer position) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
        this.headers = headers;
        this.position = position;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(BAD_REQUEST, code, message);
    }

    public static ApiException badRequest(String code, String message, List<RejectedSymbol> details) {
        return new ApiException(BAD_REQUEST, code, message, details);
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(NOT_FOUND, code, message);
    }

    /**
     * 503 {@code SHUTTING_DOWN}: the service is stopping and starts nothing new. Another instance, or this one once it
     * is back, can take the request after {@code retryAfter}.
     */
    public static ApiException shuttingDown(String what, Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        return new ApiException(
                        SERVICE_UNAVAILABLE,
                        "SHUTTING_DOWN",
                        "The service is shutting down and " + what + "; retry after " + seconds + " s")
                .withHeader("Retry-After", String.valueOf(seconds));
    }

    /**
     * The answer to a status that the HTTP layer produced without saying more (no route, wrong method, body too
     * large, ...): the code the API uses for it and the status's reason phrase. A 5xx says only "Internal error".
     */
    public static ApiException ofStatus(int status) {
        String code = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 408 -> "REQUEST_TIMEOUT";
            case 409 -> "CONFLICT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 417 -> "EXPECTATION_FAILED";
            default -> status >= 500 ? "INTERNAL_ERROR" : "HTTP_" + status;
        };
        String message = status >= 500
                ? "Internal error"
                : HttpResponseStatus.valueOf(status).reasonPhrase();
        return new ApiException(status, code, message);
    }

    /** This error with one more response header, e.g. {@code Retry-After} or {@code WWW-Authenticate}. */
    public ApiException withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiException(status, code, getMessage(), details, Map.copyOf(more), position);
    }

    /** This error with the 0-based offset of the mistake in the text the client sent (a screen), as error.position. */
    public ApiException withPosition(int offset) {
        return new ApiException(status, code, getMessage(), details, headers, offset);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Response headers that go with the error; empty for most. */
    public Map<String, String> headers() {
        return headers;
    }

    public ApiError body() {
        return new ApiError(false, new ApiError.Detail(code, getMessage(), details, position));
    }
}
