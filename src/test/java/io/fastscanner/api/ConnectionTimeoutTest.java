package io.fastscanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.testing.ProtectedApiProfile;
import io.fastscanner.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/**
 * A client that connects and sends nothing, sends half a request and stops, or keeps a connection open without using
 * it, is disconnected by the server after {@code quarkus.http.idle-timeout} ({@link ProtectedApiProfile#IDLE_TIMEOUT}
 * here). Each socket waits at most {@code Waits.AT_MOST} for the server to close it.
 */
@QuarkusTest
@TestProfile(ProtectedApiProfile.class)
class ConnectionTimeoutTest {

    @Test
    void silentHalfSentAndIdleConnectionsAreClosedByTheServer() throws IOException {
        try (Socket silent = RawHttp.connect();
                Socket halfHead = RawHttp.connect();
                Socket halfBody = RawHttp.connect();
                Socket idle = RawHttp.connect()) {
            RawHttp.send(halfHead, "GET /api/scanner/results HTTP/1.1\r\nHost: localhost\r\nAuthor");
            RawHttp.send(
                    halfBody,
                    "POST /api/scanner/quick-scan HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                            + ProtectedApiProfile.TOKEN
                            + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"symbols\":");
            RawHttp.send(idle, "GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertThat(RawHttp.read(idle).status()).isEqualTo(200);

            assertThat(RawHttp.awaitClosed(halfHead))
                    .as("answer to half a head")
                    .isEmpty();
            assertThat(RawHttp.awaitClosed(halfBody))
                    .as("answer to half a body")
                    .isEmpty();
            assertThat(RawHttp.awaitClosed(idle))
                    .as("more on the idle connection")
                    .isEmpty();
        }
    }
}
