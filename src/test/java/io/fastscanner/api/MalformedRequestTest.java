package io.fastscanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.testing.LogCapture;
import io.fastscanner.testing.RawHttp;
import io.fastscanner.testing.RawHttp.Answer;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests no HTTP client would send, over a plain socket. Those the HTTP codec lets through are answered with the JSON
 * error body; those it refuses itself get its status and an empty body; and none of them makes the service log a
 * warning or a stack trace, so a client cannot fill the log.
 */
@QuarkusTest
class MalformedRequestTest {

    private static final String HOST = "Host: localhost\r\n";

    record Case(String name, String request, int status, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> answeredWithJson() {
        return List.of(
                new Case("bad escape in a path", get("/api/scanner/symbol/%zz"), 400, "INVALID_URL"),
                new Case("bad escape in a query", get("/api/scanner/results?x=%ZZ"), 400, "INVALID_URL"),
                new Case("bad escape for the stream", get("/api/scanner/events?symbols=%zz"), 400, "INVALID_URL"),
                new Case("bad escape for a static file", get("/js/%zz.js"), 400, "INVALID_URL"),
                new Case("a pipe in a path", get("/api/scanner/symbol/BTC|USDT"), 400, "INVALID_URL"),
                new Case("no Host", "GET /api/scanner/results HTTP/1.1\r\n\r\n", 400, "BAD_REQUEST"),
                new Case("no Host for the dashboard", "GET / HTTP/1.1\r\n\r\n", 400, "BAD_REQUEST"),
                new Case(
                        "two Hosts",
                        "GET /api/scanner/results HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
                        400,
                        "BAD_REQUEST"),
                new Case("a Host with a space", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400, "BAD_REQUEST"),
                new Case("no path", "GET ?a=b HTTP/1.1\r\n" + HOST + "\r\n", 400, "BAD_REQUEST"),
                new Case("a target that is no path", "OPTIONS * HTTP/1.1\r\n" + HOST + "\r\n", 404, "NOT_FOUND"),
                new Case(
                        "an unknown method",
                        "BREW /api/scanner/results HTTP/1.1\r\n" + HOST + "\r\n",
                        405,
                        "METHOD_NOT_ALLOWED"),
                new Case(
                        "a Transfer-Encoding without chunked",
                        post("Transfer-Encoding: gzip\r\n", ""),
                        400,
                        "BAD_REQUEST"),
                new Case(
                        "an Expect the server cannot meet",
                        post("Content-Type: application/json\r\nContent-Length: 2\r\nExpect: coffee\r\n", "{}"),
                        417,
                        "EXPECTATION_FAILED"),
                new Case(
                        "a declared body over the limit",
                        post("Content-Type: application/json\r\nContent-Length: 300000\r\n", ""),
                        413,
                        "PAYLOAD_TOO_LARGE"),
                new Case(
                        "a chunked body over the limit",
                        post(
                                "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
                                chunks(40, 8192) + "0\r\n\r\n"),
                        413,
                        "PAYLOAD_TOO_LARGE"));
    }

    @ParameterizedTest
    @MethodSource("answeredWithJson")
    void requestsTheCodecLetsThroughGetTheJsonErrorAndLogNothing(Case c) {
        try (LogCapture log = LogCapture.start()) {
            RawHttp.exchange(c.request()).assertError(c.status(), c.code());
            assertThat(log.lines()).as("warnings and errors logged").isEmpty();
        }
    }

    static List<Case> answeredByTheCodec() {
        return List.of(
                new Case("a negative Content-Length", post("Content-Length: -1\r\n", ""), 400, null),
                new Case("a Content-Length that is no number", post("Content-Length: ten\r\n", ""), 400, null),
                new Case("a request line over 16K", get("/api/scanner/results?x=" + "a".repeat(17_000)), 414, null),
                new Case(
                        "headers over 20K",
                        "GET / HTTP/1.1\r\n" + HOST + "X-Big: " + "a".repeat(21_000) + "\r\n\r\n",
                        431,
                        null),
                new Case("a request line that is no request", "HELLO\r\n\r\n", 400, null),
                new Case("a header line without a colon", "GET / HTTP/1.1\r\n" + HOST + "Oops\r\n\r\n", 400, null),
                new Case(
                        "a chunk size that is no number",
                        post("Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", "zz\r\n{}\r\n"),
                        0,
                        null));
    }

    /** Documented in docs/api.md: these never reach the service, which cannot answer them with its body. */
    @ParameterizedTest
    @MethodSource("answeredByTheCodec")
    void requestsTheCodecRefusesGetItsStatusAndLogNothing(Case c) {
        try (LogCapture log = LogCapture.start()) {
            Answer answer = RawHttp.exchange(c.request());
            assertThat(answer.status()).as(answer.raw()).isEqualTo(c.status());
            assertThat(answer.body()).as(answer.raw()).isEmpty();
            assertThat(log.lines()).as("warnings and errors logged").isEmpty();
        }
    }

    @Test
    void aRefusedRequestLeavesTheConnectionUsableForTheNext() throws IOException {
        try (Socket socket = RawHttp.connect()) {
            RawHttp.send(socket, get("/api/scanner/symbol/%zz") + get("/q/health/live"));
            RawHttp.read(socket).assertError(400, "INVALID_URL");
            assertThat(RawHttp.read(socket).status()).isEqualTo(200);
        }
    }

    @Test
    void aRefusedBodyIsNotReadAsTheNextRequest() throws IOException {
        try (Socket socket = RawHttp.connect()) {
            String smuggled = get("/q/health/live");
            RawHttp.send(
                    socket,
                    post("Content-Type: text/plain\r\nContent-Length: " + smuggled.length() + "\r\n", smuggled));
            Answer answer = RawHttp.read(socket).assertError(415, "UNSUPPORTED_MEDIA_TYPE");
            assertThat(answer.header("connection")).isEqualTo("close");
            assertThat(RawHttp.awaitClosed(socket))
                    .as("what followed the refusal")
                    .isEmpty();
        }
    }

    private static String get(String target) {
        return "GET " + target + " HTTP/1.1\r\n" + HOST + "\r\n";
    }

    private static String post(String headers, String body) {
        return "POST /api/scanner/quick-scan HTTP/1.1\r\n" + HOST + headers + "\r\n" + body;
    }

    private static String chunks(int count, int size) {
        String chunk = Integer.toHexString(size) + "\r\n" + "x".repeat(size) + "\r\n";
        return chunk.repeat(count);
    }
}
