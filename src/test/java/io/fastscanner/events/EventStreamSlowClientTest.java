package io.fastscanner.events;

import static io.fastscanner.events.ScanRequests.scanAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.events.SseTestClient.Frame;
import io.fastscanner.testing.SmallLimitsProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SmallLimitsProfile.class)
class EventStreamSlowClientTest {

    private static final int SCANS = 6;

    @TestHTTPResource("/api/scanner/events")
    URI events;

    @Inject
    EventBus bus;

    /**
     * A client that stops reading holds up nobody: every scan completes (each wait is bounded), the reading client
     * stays connected and receives every event in order without a gap, and the stalled client is dropped.
     */
    @Test
    void aClientThatStopsReadingIsDroppedWithoutSlowingTheScanOrTheOtherClients() throws IOException {
        // clients of earlier tests in this application unsubscribe asynchronously after they close
        SseTestClient.waitUntil(() -> bus.subscriberCount() == 0, "earlier clients to be unsubscribed");
        try (Socket slow = stalledClient()) {
            SseTestClient.waitUntil(() -> bus.subscriberCount() == 1, "the stalled client to subscribe");
            try (SseTestClient reader = SseTestClient.connect(events)) {
                List<String> scanIds = new ArrayList<>();
                for (int i = 0; i < SCANS; i++) {
                    String scanId = scanAll();
                    reader.awaitEvent("deepAnalysisComplete", scanId);
                    scanIds.add(scanId);
                }
                assertThat(reader.ended())
                        .as("the reading client is still connected")
                        .isFalse();

                SseTestClient.waitUntil(() -> bus.subscriberCount() == 1, "the stalled client to be dropped");
                List<Frame> got = reader.events();
                for (int i = 1; i < got.size(); i++) {
                    assertThat(got.get(i).timeId())
                            .as("the reading client got the events in order")
                            .isGreaterThan(got.get(i - 1).timeId());
                }
                for (String scanId : scanIds) {
                    List<Frame> scan = reader.eventsOf(scanId);
                    int total = scan.get(scan.size() - 1).json().get("total").asInt();
                    assertThat(total).isPositive();
                    assertThat(scan).hasSize(3 + 2 * total);
                    assertThat(scan.get(0).name()).isEqualTo("scanStarted");
                }
            }
            assertThat(readUntilClosed(slow)).as("the stalled client's stream").contains("event:connected");
        }
    }

    /** Opens the stream over a socket with a small receive window, reads the response headers and stops. */
    private Socket stalledClient() throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress(events.getHost(), events.getPort()), 10_000);
        socket.setSoTimeout((int) SseTestClient.TIMEOUT.toMillis());
        String request = "GET " + events.getPath() + " HTTP/1.1\r\nHost: " + events.getHost() + ":" + events.getPort()
                + "\r\nAccept: text/event-stream\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before the headers: " + head);
            }
            head.append((char) b);
        }
        assertThat(head.toString()).startsWith("HTTP/1.1 200");
        return socket;
    }

    /** Reads what the server had sent until it closed the connection; fails if it is still open after the timeout. */
    private static String readUntilClosed(Socket socket) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        InputStream in = socket.getInputStream();
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server did not close the stalled client's connection", e);
        } catch (IOException reset) {
            // a reset also closes the connection
        }
        return bytes.toString(StandardCharsets.UTF_8).replace("event: ", "event:");
    }
}
