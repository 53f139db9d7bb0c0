package io.fastscanner.marketdata.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.exchanges.bybit.BybitApi;
import io.fastscanner.marketdata.exchanges.kraken.KrakenApi;
import io.fastscanner.marketdata.exchanges.okx.OkxApi;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * How long an exchange's request limit alone makes a scan's symbols wait for their turn, which the quick scan adds to
 * each symbol's timeout: 100 series of 1000 hourly candles.
 */
class BudgetTimeTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:30:00Z");

    @Test
    void krakenServesOneRequestPerWindowOfOneAndAQuarterSeconds() {
        try (SpotHarness kraken = new SpotHarness(new KrakenApi(), NOW)) {
            // 100 requests (719 candles each, one page), one per 1.25 s window: 99 windows after the first
            assertThat(kraken.source.budgetTime(100, Timeframe.H1, 1000)).isEqualTo(Duration.ofMillis(99 * 1250));
        }
    }

    @Test
    void okxPagesCountAgainstItsCandlesLimit() {
        try (SpotHarness okx = new SpotHarness(new OkxApi(), NOW)) {
            // 4 pages of up to 300 rows per series: 400 requests at 32 per 2 s, 13 windows
            assertThat(okx.source.budgetTime(100, Timeframe.H1, 1000)).isEqualTo(Duration.ofSeconds(24));
        }
    }

    @Test
    void nothingWhenTheScanFitsTheCurrentWindow() {
        try (SpotHarness bybit = new SpotHarness(new BybitApi(), NOW)) {
            assertThat(bybit.source.budgetTime(90, Timeframe.H1, 1000)).isZero();
        }
    }
}
