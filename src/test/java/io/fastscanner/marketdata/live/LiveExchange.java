package io.fastscanner.marketdata.live;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The stand-ins of the exchanges a live test talks to, as {@link LiveExchangeResource} started them: their requests
 * (WireMock), their streams, and the market behind both.
 */
public record LiveExchange(WireMockServer rest, LoopbackStreamServer streams, MarketTruth market) {

    /** Binance kline requests for {@code symbol} (e.g. {@code SUBAUSDT}) so far. */
    public int binanceKlineRequests(String symbol) {
        return TruthAnswers.klineRequests(rest, TruthAnswers.BINANCE_KLINES, "symbol", symbol);
    }

    public int binanceTickerRequests() {
        return (int) rest.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(TruthAnswers.BINANCE_TICKERS))
                .count();
    }

    public int bybitKlineRequests(String symbol) {
        return TruthAnswers.klineRequests(rest, TruthAnswers.BYBIT_KLINES, "symbol", symbol);
    }

    /** {@code instId}: {@code BTC-USDT}. */
    public int okxCandleRequests(String instId) {
        return TruthAnswers.klineRequests(rest, TruthAnswers.OKX_CANDLES, "instId", instId);
    }
}
