package io.fastscanner.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastscanner.testing.Waits;
import io.vertx.mutiny.core.Vertx;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The SSRF guard with private targets refused, as in production. */
class TargetGuardTest {

    private static final Vertx VERTX = Vertx.vertx();
    private static final TargetGuard GUARD = new TargetGuard(VERTX, false);

    @AfterAll
    static void close() {
        VERTX.close().await().atMost(Waits.AT_MOST);
    }

    @Test
    void refusesEveryNonPublicAddressHoweverItIsWritten() {
        Map<String, String> refused = Map.ofEntries(
                Map.entry("http://127.0.0.1/", "loopback"),
                Map.entry("http://127.1/", "loopback"),
                Map.entry("http://0x7f000001/", "loopback"),
                Map.entry("http://017700000001/", "loopback"),
                Map.entry("http://2130706433:8080/", "loopback"),
                Map.entry("http://[::1]/", "loopback"),
                Map.entry("http://localhost/", "loopback"),
                Map.entry("http://[::ffff:127.0.0.1]/", "loopback"),
                Map.entry("http://10.1.2.3/", "private"),
                Map.entry("http://172.16.0.1/", "private"),
                Map.entry("http://172.31.255.254/", "private"),
                Map.entry("https://192.168.1.10/", "private"),
                Map.entry("http://100.64.0.1/", "shared (carrier-grade NAT)"),
                Map.entry("http://169.254.169.254/latest/meta-data", "link-local"),
                Map.entry("http://[::ffff:a9fe:a9fe]/", "link-local"),
                Map.entry("http://[64:ff9b::a9fe:a9fe]/", "link-local"),
                Map.entry("http://[fe80::1]/", "link-local"),
                Map.entry("http://[fd12:3456::1]/", "unique-local"),
                Map.entry("http://224.0.0.1/", "multicast"),
                Map.entry("http://[ff02::1]/", "multicast"),
                Map.entry("http://0.0.0.0/", "unspecified"),
                Map.entry("http://0/", "unspecified"),
                Map.entry("http://[::]/", "unspecified"),
                Map.entry("http://255.255.255.255/", "reserved"));

        refused.forEach((url, kind) -> assertThatThrownBy(() -> resolve(url))
                .as(url)
                .isInstanceOf(TargetRefusedException.class)
                .hasMessageContaining("is a " + kind + " address"));
    }

    @Test
    void refusesHostsThatAreNoAddressAndSchemesOtherThanHttp() {
        for (String url : new String[] {"http://1.2.3.4.5/", "http://256.0.0.1/", "http://0x1ffffffff/"}) {
            assertThatThrownBy(() -> resolve(url))
                    .as(url)
                    .isInstanceOf(TargetRefusedException.class)
                    .hasMessageContaining("is not an IPv4 address");
        }
        for (String url : new String[] {"ftp://93.184.216.34/", "file:///etc/passwd", "gopher://93.184.216.34:70/"}) {
            assertThatThrownBy(() -> resolve(url))
                    .as(url)
                    .isInstanceOf(TargetRefusedException.class)
                    .hasMessageContaining("only http and https");
        }
        assertThatThrownBy(() -> WebhookTarget.of("ftp://93.184.216.34/", NotifyHarness.SECRET))
                .isInstanceOf(InvalidChannelException.class)
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> WebhookTarget.of("http://user:pw@93.184.216.34/", NotifyHarness.SECRET))
                .isInstanceOf(InvalidChannelException.class)
                .hasMessageContaining("credentials");
    }

    @Test
    void allowsPublicAddressesWithoutConnecting() {
        ResolvedTarget v4 = resolve("http://93.184.216.34/hook?x=1");
        assertThat(v4.address().getHostAddress()).isEqualTo("93.184.216.34");
        assertThat(v4.port()).isEqualTo(80);
        assertThat(v4.ssl()).isFalse();
        assertThat(v4.pathAndQuery()).isEqualTo("/hook?x=1");

        ResolvedTarget decimal = resolve("https://134744072/");
        assertThat(decimal.address().getHostAddress()).isEqualTo("8.8.8.8");
        assertThat(decimal.port()).isEqualTo(443);
        assertThat(decimal.ssl()).isTrue();

        ResolvedTarget v6 = resolve("https://[2606:4700:4700::1111]:8443");
        assertThat(v6.address().getHostAddress()).isEqualTo("2606:4700:4700:0:0:0:0:1111");
        assertThat(v6.port()).isEqualTo(8443);
        assertThat(v6.pathAndQuery()).isEqualTo("/");
    }

    @Test
    void privateTargetsAreAllowedWhenTheSettingsSaySo() {
        TargetGuard open = new TargetGuard(VERTX, true);

        ResolvedTarget target =
                open.resolve(URI.create("http://127.1:9000/x")).await().atMost(Waits.AT_MOST);

        assertThat(target.address().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(target.port()).isEqualTo(9000);
    }

    @Test
    void aChannelIsCheckedWhenItIsCreatedAndAgainBeforeEachSend() {
        try (NotifyHarness harness = new NotifyHarness(NotifyHarness.FAST.withAllowPrivateTargets(false))) {
            Channel loopback = harness.webhook("internal", "/");

            assertThatThrownBy(() -> harness.dispatcher.check(loopback).await().atMost(Waits.AT_MOST))
                    .isInstanceOf(TargetRefusedException.class)
                    .hasMessageContaining("127.0.0.1 is a loopback address");

            // registered anyway (e.g. stored before the rule was tightened): refused at send time, never connected
            Delivery delivery = harness.deliver(loopback, Notifications.bare("40-0"));
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(delivery.attempts()).isEqualTo(1);
            assertThat(delivery.reason()).startsWith("target_refused: 127.0.0.1 is a loopback address");
            assertThat(harness.receiver.requests()).isEmpty();
        }
    }

    @Test
    void aPublicChannelPassesTheCheck() {
        try (NotifyHarness harness = new NotifyHarness(NotifyHarness.FAST.withAllowPrivateTargets(false))) {
            Channel channel =
                    Channel.of("public", WebhookTarget.of("https://93.184.216.34/hook", NotifyHarness.SECRET));

            assertThat(harness.dispatcher.check(channel).await().atMost(Waits.AT_MOST))
                    .isEqualTo(channel);
        }
    }

    private static ResolvedTarget resolve(String url) {
        return GUARD.resolve(URI.create(url)).await().atMost(Waits.AT_MOST);
    }
}
