package io.fastscanner.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes an {@link ApiException} as the JSON error body on a Vert.x response: for the routes outside Quarkus REST. */
@ApplicationScoped
public class ErrorWriter {

    static final long DISCARD_AT_MOST = 1024 * 1024;

    private final ObjectMapper mapper;

    ErrorWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Ends the response with the error's status, headers and body. When the request has a body that was not read (it
     * is refused, or too large), the connection is closed after the answer, once the rest of the body has arrived, up
     * to {@value #DISCARD_AT_MOST} bytes: closing with unread bytes would reset the connection, and the client might
     * lose the answer. An error with {@code Connection: close} closes the connection right after the answer: the
     * request's framing cannot be trusted.
     */
    public void send(HttpServerRequest request, ApiException error) {
        HttpServerResponse response = request.response();
        response.setStatusCode(error.status()).putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        String connection = HttpHeaders.CONNECTION.toString();
        error.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase(connection)) {
                response.putHeader(name, value);
            }
        });
        if (request.version() == HttpVersion.HTTP_2) {
            // HTTP/2 has no Connection header; a stream whose body is not read is reset on its own
            response.end(json(error.body()));
            return;
        }
        boolean unread = hasBody(request) && !request.isEnded();
        boolean close =
                HttpHeaders.CLOSE.toString().equalsIgnoreCase(error.headers().get(connection));
        if (unread || close) {
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        if (close) {
            response.end(json(error.body()))
                    .onComplete(sent -> request.connection().close());
        } else {
            response.end(json(error.body()));
            if (unread) {
                discardThenClose(request);
            }
        }
    }

    private static void discardThenClose(HttpServerRequest request) {
        long[] discarded = {0};
        request.handler(chunk -> {
                    discarded[0] += chunk.length();
                    if (discarded[0] > DISCARD_AT_MOST) {
                        request.connection().close();
                    }
                })
                .endHandler(end -> request.connection().close())
                .resume();
    }

    /** Whether the request declares a body: a non-zero {@code Content-Length}, or chunks. */
    public static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || (length != null && !length.trim().equals("0"));
    }

    private String json(ApiError body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the error body cannot be serialised", e);
        }
    }
}
