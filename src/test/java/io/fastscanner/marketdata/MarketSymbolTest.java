package io.fastscanner.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarketSymbolTest {

    @ParameterizedTest
    @ValueSource(strings = {"BTC/USDT", "BTC-USDT", "BTC_USDT", "BTCUSDT", "btc/usdt", " BTCUSDT "})
    void acceptsEverySpellingClientsUse(String text) {
        assertThat(MarketSymbol.parse(text)).contains(MarketSymbol.of("BTC", "USDT"));
    }

    @Test
    void splitsTheExchangeSpellingOnTheLongestKnownQuote() {
        assertThat(MarketSymbol.parse("ETHFDUSD")).contains(MarketSymbol.of("ETH", "FDUSD"));
        assertThat(MarketSymbol.parse("ETHBTC")).contains(MarketSymbol.of("ETH", "BTC"));
        assertThat(MarketSymbol.parse("1000SATSUSDT")).contains(MarketSymbol.of("1000SATS", "USDT"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "BTC",
                "USDT",
                "BTC//USDT",
                "../etc/passwd",
                "BTC/US DT",
                "BTC/USDT/X",
                "BT€/USDT",
                "BTC\u0000USDT",
                "<script>",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUSDT"
            })
    void rejectsMalformedText(String text) {
        assertThat(MarketSymbol.parse(text)).isEmpty();
    }

    @Test
    void rendersAllSpellings() {
        MarketSymbol s = MarketSymbol.of("DOGE", "USDT");
        assertThat(s.toString()).isEqualTo("DOGE/USDT");
        assertThat(s.exchangeSymbol()).isEqualTo("DOGEUSDT");
        assertThat(s.fileStem()).isEqualTo("DOGE_USDT");
    }
}
