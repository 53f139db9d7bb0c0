package io.fastscanner.channels;

import static io.fastscanner.testing.AlertingApi.CHANNELS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.fastscanner.testing.AlertingApi;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With the default configuration a channel may only send to public addresses: one aimed at the service's own
 * machine, its network or the cloud's metadata service is refused when it is created or changed.
 */
@QuarkusTest
class PrivateTargetRefusalTest {

    private static final String SECRET = "whsec-a8d3f1c6e9b24705";

    @Test
    void aChannelToANonPublicAddressIsRefused() {
        for (String url : List.of(
                "http://127.0.0.1:8080/hook",
                "http://localhost/hook",
                "http://10.1.2.3/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook",
                "http://0x7f000001/hook")) {
            AlertingApi.post(CHANNELS, AlertingApi.webhook("private", url, SECRET))
                    .then()
                    .statusCode(400)
                    .body("success", equalTo(false))
                    .body("error.code", equalTo("TARGET_REFUSED"));
        }
        AlertingApi.post(CHANNELS, AlertingApi.webhook("private", "http://127.0.0.1:8080/hook", SECRET))
                .then()
                .body(
                        "error.message",
                        equalTo("The channel's target is refused: 127.0.0.1 is a loopback address; only public"
                                + " addresses may be notification targets (the address rule of"
                                + " docs/notifications.md; scanner.notify.allow-private-targets)"));
        assertThat(AlertingApi.get(CHANNELS).getList("channels.id")).doesNotContain("private");

        AlertingApi.created(CHANNELS, AlertingApi.webhook("public", "https://203.0.113.10/hook", SECRET));
        AlertingApi.put(CHANNELS + "/public", "{\"url\":\"http://192.168.1.20/hook\"}")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("TARGET_REFUSED"));
        assertThat(AlertingApi.get(CHANNELS + "/public").getString("channel.url"))
                .as("unchanged")
                .isEqualTo("https://203.0.113.10/hook");
        AlertingApi.delete(CHANNELS + "/public");
    }
}
