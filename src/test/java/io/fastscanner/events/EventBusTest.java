package io.fastscanner.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.ScanTrigger;
import io.fastscanner.time.TimeId;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class EventBusTest {

    /** A client that keeps what it gets (a class, not a record: subscribers are told apart by identity). */
    static final class Recorder implements EventBus.Subscriber {
        private final Predicate<ScanEvent> filter;
        private final List<FramedEvent> got = new ArrayList<>();

        Recorder(Predicate<ScanEvent> filter) {
            this.filter = filter;
        }

        List<FramedEvent> got() {
            return got;
        }

        @Override
        public boolean wants(ScanEvent event) {
            return filter.test(event);
        }

        @Override
        public void deliver(FramedEvent event) {
            got.add(event);
        }
    }

    private static final Instant AT = Instant.parse("2026-04-21T00:00:00Z");

    private static EventBus bus(int replaySize) {
        return bus(replaySize, data -> Set.of());
    }

    /** A bus whose events about a symbol pass the saved screens {@code screens} names. */
    private static EventBus bus(int replaySize, Function<EventData, Set<String>> screens) {
        return new EventBus(
                JsonMapper.builder()
                        .addModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .build(),
                new EventsConfig() {
                    @Override
                    public int replaySize() {
                        return replaySize;
                    }

                    @Override
                    public Duration heartbeat() {
                        return Duration.ofSeconds(15);
                    }

                    @Override
                    public int clientBuffer() {
                        return 2000;
                    }

                    @Override
                    public Duration retry() {
                        return Duration.ofSeconds(3);
                    }

                    @Override
                    public int maxClients() {
                        return 1000;
                    }
                },
                new LocalEventLog(Clock.fixed(AT, ZoneOffset.UTC)),
                new EventScreens() {
                    @Override
                    public Set<String> matching(EventData data) {
                        return screens.apply(data);
                    }

                    @Override
                    public Uni<Boolean> known(String id) {
                        return Uni.createFrom().item(true);
                    }
                });
    }

    /** Publishes {@code data}; in memory the log hands it back at once, so it is the newest event. */
    private static ScanEvent publish(EventBus bus, EventData data) {
        bus.publish(data);
        List<ScanEvent> all = bus.since(null);
        return all.get(all.size() - 1);
    }

    private static EventData started(String scanId) {
        return new ScanEvents.ScanStarted(scanId, AT, Timeframe.H1, ScanTrigger.API);
    }

    private static EventData analyzed(String scanId, String symbol) {
        return new ScanEvents.SymbolAnalyzed(
                scanId, AT, MarketSymbol.parse(symbol).orElseThrow(), null, null);
    }

    @Test
    void anEventIsEncodedOnceAndEveryClientGetsTheSameBytes() {
        EventBus bus = bus(10);
        Recorder a = new Recorder(e -> true);
        Recorder b = new Recorder(e -> true);
        bus.subscribe(a, null, catchup -> {});
        bus.subscribe(b, null, catchup -> {});

        ScanEvent published = publish(bus, started("scan-1"));

        assertThat(a.got()).singleElement().satisfies(e -> assertThat(e.event()).isEqualTo(published));
        assertThat(b.got().get(0).frame()).isSameAs(a.got().get(0).frame());
        assertThat(a.got().get(0).frame().text())
                .isEqualTo("id:" + published.id() + "\nevent:scanStarted\ndata:" + published.json() + "\n\n");
        assertThat(published.json())
                .isEqualTo("{\"scanId\":\"scan-1\",\"timestamp\":\"2026-04-21T00:00:00Z\","
                        + "\"timeframe\":\"1h\",\"trigger\":\"api\"}");

        Recorder late = new Recorder(e -> true);
        List<FramedEvent> missed = new ArrayList<>();
        bus.subscribe(late, TimeId.ZERO, catchup -> missed.addAll(catchup.missed()));
        assertThat(missed)
                .singleElement()
                .satisfies(e -> assertThat(e.frame()).isSameAs(a.got().get(0).frame()));
    }

    @Test
    void eachClientGetsOnlyWhatItsFilterWantsInIdOrder() {
        EventBus bus = bus(10);
        Recorder btc = new Recorder(new EventFilter(null, Set.of(MarketSymbol.of("BTC", "USDT"))));
        bus.subscribe(btc, null, catchup -> {});
        bus.publish(started("s"));
        bus.publish(analyzed("s", "ETH/USDT"));
        bus.publish(analyzed("s", "BTC/USDT"));
        bus.publish(new ScanEvents.DeepAnalysisComplete("s", AT, 2, 0, 10));

        long ms = AT.toEpochMilli();
        assertThat(btc.got())
                .extracting(e -> e.event().name().wire() + " " + e.event().id())
                .containsExactly(
                        "scanStarted " + ms + "-0", "symbolAnalyzed " + ms + "-2", "deepAnalysisComplete " + ms + "-3");
    }

    @Test
    void aClientOfASavedScreenGetsTheEventsWhoseSymbolPassedItAndEveryScanWideEvent() {
        EventBus bus = bus(10, data -> data.about().base().equals("BTC") ? Set.of("scr-a", "scr-b") : Set.of("scr-b"));
        Recorder a = new Recorder(new EventFilter(null, Set.of(), "scr-a"));
        Recorder aOnEth = new Recorder(new EventFilter(null, Set.of(MarketSymbol.of("ETH", "USDT")), "scr-a"));
        bus.subscribe(a, null, catchup -> {});
        bus.subscribe(aOnEth, null, catchup -> {});

        bus.publish(started("s"));
        ScanEvent eth = publish(bus, analyzed("s", "ETH/USDT"));
        ScanEvent btc = publish(bus, analyzed("s", "BTC/USDT"));
        bus.publish(new ScanEvents.DeepAnalysisComplete("s", AT, 2, 0, 10));

        assertThat(eth.screens()).containsExactly("scr-b");
        assertThat(btc.screens()).containsExactlyInAnyOrder("scr-a", "scr-b");
        assertThat(btc.json())
                .as("the data stays as it was")
                .doesNotContain("scr-")
                .doesNotContain("aboutExchange");
        assertThat(bus.since(null).get(0).screens())
                .as("scan-wide events carry none")
                .isEmpty();
        assertThat(a.got())
                .extracting(e -> e.event().name().wire() + " " + e.event().symbol())
                .containsExactly("scanStarted null", "symbolAnalyzed BTC/USDT", "deepAnalysisComplete null");
        assertThat(aOnEth.got())
                .extracting(e -> e.event().name().wire())
                .containsExactly("scanStarted", "deepAnalysisComplete");
        Recorder late = new Recorder(new EventFilter(null, Set.of(), "scr-a"));
        List<FramedEvent> missed = new ArrayList<>();
        bus.subscribe(late, TimeId.ZERO, catchup -> missed.addAll(catchup.missed()));
        assertThat(missed)
                .extracting(e -> e.event().id())
                .containsExactlyElementsOf(
                        a.got().stream().map(e -> e.event().id()).toList());
    }

    @Test
    void aReconnectingClientLearnsWhyItsIdCannotBeResumedAndGetsWhatTheBufferHolds() {
        EventBus bus = bus(2);
        List<ScanEvent> published = List.of(
                publish(bus, started("a")),
                publish(bus, started("b")),
                publish(bus, started("c")),
                publish(bus, started("d")));
        TimeId evicted = published.get(0).id();
        TimeId inBuffer = published.get(2).id();
        long ms = AT.toEpochMilli();

        assertThat(catchup(bus, inBuffer).resync()).isNull();
        assertThat(catchup(bus, inBuffer).missed())
                .extracting(e -> e.event().scanId())
                .containsExactly("d");
        assertThat(catchup(bus, published.get(1).id()).resync())
                .as("the newest id dropped")
                .isNull();
        assertThat(catchup(bus, evicted).resync()).isEqualTo(Resync.OLDER_THAN_BUFFER);
        assertThat(catchup(bus, evicted).missed())
                .extracting(e -> e.event().scanId())
                .containsExactly("c", "d");
        assertThat(catchup(bus, new TimeId(ms - 1, 5)).resync()).isEqualTo(Resync.RESTARTED);
        assertThat(catchup(bus, new TimeId(ms - 1, 5)).missed()).hasSize(2);
        assertThat(catchup(bus, new TimeId(ms, 99)).resync()).isEqualTo(Resync.UNKNOWN_ID);
        assertThat(catchup(bus, new TimeId(ms, 99)).missed()).isEmpty();
        assertThat(catchup(bus, TimeId.ZERO).resync())
                .as("from the start, but the buffer has dropped events")
                .isEqualTo(Resync.OLDER_THAN_BUFFER);
        assertThat(catchup(bus, published.get(3).id()).missed()).isEmpty();
    }

    private static EventBus.Catchup catchup(EventBus bus, TimeId lastEventId) {
        List<EventBus.Catchup> got = new ArrayList<>();
        Recorder client = new Recorder(e -> true);
        bus.subscribe(client, lastEventId, got::add);
        bus.unsubscribe(client);
        return got.get(0);
    }

    @Test
    void anUnsubscribedClientGetsNothingMore() {
        EventBus bus = bus(10);
        Recorder r = new Recorder(e -> true);
        bus.subscribe(r, null, catchup -> {});
        bus.unsubscribe(r);
        bus.publish(started("s"));
        assertThat(r.got()).isEmpty();
        assertThat(bus.subscriberCount()).isZero();
    }
}
