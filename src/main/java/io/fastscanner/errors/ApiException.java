package io.fastscanner.errors;

import java.util.List;

/**
 * A request that cannot be served, with the HTTP status, error code and message the client gets in an
 * {@link ApiError} body. Any layer that reads requests may throw it; the HTTP layer writes it.
 */
public class ApiException extends RuntimeException {

    public static final int BAD_REQUEST = 400;
    public static final int NOT_FOUND = 404;
    public static final int NOT_ACCEPTABLE = 406;
    public static final int UNSUPPORTED_MEDIA_TYPE = 415;

    private final int status;
    private final String code;
    private final List<RejectedSymbol> details;

    public ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    public ApiException(int status, String code, String message, List<RejectedSymbol> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
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

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public ApiError body() {
        return ApiError.of(code, getMessage(), details);
    }
}
