package io.fastscanner.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = NotifyHarness.SECRET;
    private static final byte[] BODY = "{\"alertId\":\"1-0\",\"text\":\"héllo\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-04-21T10:00:00Z");
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    @Test
    void theHeaderIsTheTimestampAndTheHmacOfTimestampDotBody() throws Exception {
        String header = WebhookSignature.sign(SECRET, NOW, BODY);

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((NOW.getEpochSecond() + ".").getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(mac.doFinal(BODY));
        assertThat(header).isEqualTo("t=" + NOW.getEpochSecond() + ",v1=" + expected);
        assertThat(WebhookSignature.verify(SECRET, header, BODY, NOW.plusSeconds(30), TOLERANCE))
                .isTrue();
    }

    @Test
    void aStaleOrFutureTimestampIsRefused() {
        String header = WebhookSignature.sign(SECRET, NOW, BODY);

        assertThat(WebhookSignature.verify(
                        SECRET, header, BODY, NOW.plus(TOLERANCE).plusSeconds(1), TOLERANCE))
                .isFalse();
        assertThat(WebhookSignature.verify(
                        SECRET, header, BODY, NOW.minus(TOLERANCE).minusSeconds(1), TOLERANCE))
                .isFalse();
    }

    @Test
    void anotherBodySecretOrTimestampIsRefused() {
        String header = WebhookSignature.sign(SECRET, NOW, BODY);
        byte[] tampered = "{\"alertId\":\"1-0\",\"text\":\"hello\"}".getBytes(StandardCharsets.UTF_8);
        String otherTime = header.replace("t=" + NOW.getEpochSecond(), "t=" + (NOW.getEpochSecond() + 1));

        assertThat(WebhookSignature.verify(SECRET, header, tampered, NOW, TOLERANCE))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET + "x", header, BODY, NOW, TOLERANCE))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, otherTime, BODY, NOW, TOLERANCE))
                .isFalse();
    }

    @Test
    void malformedHeadersAreRefused() {
        for (String header : new String[] {"", "t=1", "v1=ab", "t=abc,v1=00", "garbage", "t=-5,v1=00"}) {
            assertThat(WebhookSignature.verify(SECRET, header, BODY, NOW, TOLERANCE))
                    .as(header)
                    .isFalse();
        }
        assertThat(WebhookSignature.verify(SECRET, null, BODY, NOW, TOLERANCE)).isFalse();
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnough() {
        String header = WebhookSignature.sign(SECRET, NOW, BODY);
        String rotated = "t=" + NOW.getEpochSecond() + ",v1=" + "0".repeat(64) + "," + header.split(",")[1];

        assertThat(WebhookSignature.verify(SECRET, rotated, BODY, NOW, TOLERANCE))
                .isTrue();
    }
}
