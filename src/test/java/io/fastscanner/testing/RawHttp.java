package io.fastscanner.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP over a plain socket, for requests no HTTP client would send (malformed URLs, missing or doubled headers,
 * broken framing, half-sent requests) and for seeing exactly what the server answers. Every read is bounded by
 * {@link Waits#AT_MOST}.
 */
public final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server answered: status 0 when it closed the connection without an answer. */
    public record Answer(int status, Map<String, String> headers, String body, String raw) {

        /** A header by its name in lower case, or null. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + raw, e);
            }
        }

        /** Asserts the JSON error body {@code {success:false, error:{code, message}}} with this status and code. */
        public Answer assertError(int expectedStatus, String code) {
            assertThat(status).as(raw).isEqualTo(expectedStatus);
            assertThat(header("content-type")).as(raw).startsWith("application/json");
            assertThat(json().path("success").asBoolean(true)).as(raw).isFalse();
            assertThat(json().path("error").path("code").asText()).as(raw).isEqualTo(code);
            assertThat(json().path("error").path("message").asText()).as(raw).isNotBlank();
            return this;
        }
    }

    private RawHttp() {}

    /** Opens a connection to the application under test. */
    public static Socket connect() {
        try {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("localhost", RestAssured.port), 10_000);
            socket.setSoTimeout((int) Waits.AT_MOST.toMillis());
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code request} (ISO-8859-1 text) on a new connection and reads one answer. */
    public static Answer exchange(String request) {
        try (Socket socket = connect()) {
            send(socket, request);
            return read(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** Reads one answer: its head, then {@code Content-Length} bytes, or everything until the server closes. */
    public static Answer read(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return new Answer(0, Map.of(), "", head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        String length = headers.get("content-length");
        byte[] body = length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
        String text = new String(body, StandardCharsets.UTF_8);
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text, lines[0] + " ... " + text);
    }

    /** Reads until the server closes the connection and returns what it sent; fails if it stays open. */
    public static String awaitClosed(Socket socket) throws IOException {
        try {
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open for " + Waits.AT_MOST, e);
        } catch (IOException reset) {
            return ""; // a reset closes the connection too
        }
    }
}
