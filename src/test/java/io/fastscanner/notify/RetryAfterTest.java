package io.fastscanner.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-04-21T10:00:00Z");

    @Test
    void readsSecondsAndHttpDates() {
        String inTen =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(10).atOffset(ZoneOffset.UTC));

        assertThat(RetryAfter.parse("5", NOW)).contains(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse(" 1.5 ", NOW)).contains(Duration.ofMillis(1500));
        assertThat(RetryAfter.parse(inTen, NOW)).contains(Duration.ofSeconds(10));
        assertThat(RetryAfter.parse("Tue, 21 Apr 2026 09:00:00 GMT", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-3", NOW)).isEmpty();
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }

    @Test
    void readsTheBodysNumberOfSeconds() {
        JsonNodeFactory json = JsonNodeFactory.instance;

        assertThat(RetryAfter.seconds(json.numberNode(0.25))).contains(Duration.ofMillis(250));
        assertThat(RetryAfter.seconds(json.numberNode(5))).contains(Duration.ofSeconds(5));
        assertThat(RetryAfter.seconds(json.textNode("5"))).isEmpty();
        assertThat(RetryAfter.seconds((com.fasterxml.jackson.databind.JsonNode) null))
                .isEmpty();
    }
}
