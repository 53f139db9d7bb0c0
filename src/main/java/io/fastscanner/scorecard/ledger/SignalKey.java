package io.fastscanner.scorecard.ledger;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scorecard.PastSignal;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a recorded signal is kept once per: the candle it was computed on, of one symbol on one exchange and timeframe.
 * Its {@link #id()} ({@code binance:1h:BTC/USDT:1777125600000}) names it in the Redis store.
 */
public record SignalKey(Exchange exchange, MarketSymbol symbol, Timeframe timeframe, Instant candleTime) {

    private static final Pattern ID = Pattern.compile("([^:]+):([^:]+):([^:]+):(-?\\d+)");

    public static SignalKey of(PastSignal signal) {
        return new SignalKey(signal.exchange(), signal.symbol(), signal.timeframe(), signal.candleTime());
    }

    public String id() {
        return exchange.id() + ":" + timeframe.label() + ":" + symbol + ":" + candleTime.toEpochMilli();
    }

    /** The key an {@link #id()} names; empty for text that is not one. */
    public static Optional<SignalKey> parse(String id) {
        Matcher m = ID.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Exchange> exchange = Exchange.fromId(m.group(1));
        Optional<Timeframe> timeframe = Timeframe.fromLabel(m.group(2));
        Optional<MarketSymbol> symbol = MarketSymbol.parse(m.group(3));
        if (exchange.isEmpty() || timeframe.isEmpty() || symbol.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SignalKey(
                exchange.get(), symbol.get(), timeframe.get(), Instant.ofEpochMilli(Long.parseLong(m.group(4)))));
    }
}
