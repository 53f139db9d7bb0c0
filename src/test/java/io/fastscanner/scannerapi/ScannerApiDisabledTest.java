package io.fastscanner.scannerapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Timeframe;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Without {@code scanner.scanner-api.url} (the default) the application starts and nothing is called. */
@QuarkusTest
class ScannerApiDisabledTest {

    @Inject
    ScannerApiService service;

    @Test
    void withoutUrlTheResultIsDisabled() {
        assertThat(service.enabled()).isFalse();

        ScannerApiResult fetched =
                service.fetch(Timeframe.H1, Exchange.REPLAY).await().atMost(Duration.ofSeconds(5));
        ScannerApiResult forScan =
                service.forScan("scan-1", Timeframe.H1, Exchange.REPLAY).await().atMost(Duration.ofSeconds(5));

        assertThat(fetched.status()).isEqualTo(ScannerApiResult.Status.DISABLED);
        assertThat(fetched.bySymbol()).isEmpty();
        assertThat(forScan.status()).isEqualTo(ScannerApiResult.Status.DISABLED);
    }
}
