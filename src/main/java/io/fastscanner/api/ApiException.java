package io.fastscanner.api;

import jakarta.ws.rs.core.Response;

/** A request that cannot be served, with the HTTP status, error code and message the client gets. */
public class ApiException extends RuntimeException {

    private final Response.StatusType status;
    private final String code;
    private final Object details;
    private final Long retryAfterSeconds;

    public ApiException(Response.StatusType status, String code, String message) {
        this(status, code, message, null, null);
    }

    public ApiException(Response.StatusType status, String code, String message, Object details,
            Long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(Response.Status.BAD_REQUEST, code, message);
    }

    public static ApiException badRequest(String code, String message, Object details) {
        return new ApiException(Response.Status.BAD_REQUEST, code, message, details, null);
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(Response.Status.NOT_FOUND, code, message);
    }

    public Response.StatusType status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object details() {
        return details;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
