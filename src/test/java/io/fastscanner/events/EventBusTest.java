package io.fastscanner.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static EventBus bus(int replaySize) {
        EventBus bus = new EventBus();
        bus.mapper = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        bus.config = new EventsConfig() {
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
        };
        return bus;
    }

    @Test
    void anEventIsEncodedOnceAndEveryClientGetsTheSameBytes() {
        EventBus bus = bus(10);
        Recorder a = new Recorder(e -> true);
        Recorder b = new Recorder(e -> true);
        bus.subscribe(a, null, catchup -> { });
        bus.subscribe(b, null, catchup -> { });

        ScanEvent published = bus.publish("scanStarted", "scan-1", null, Map.of("trigger", "api"));

        assertThat(a.got()).singleElement().satisfies(e -> assertThat(e.event()).isEqualTo(published));
        assertThat(b.got().get(0).frame()).isSameAs(a.got().get(0).frame());
        assertThat(a.got().get(0).frame().text()).isEqualTo(
                "id:" + published.id() + "\nevent:scanStarted\ndata:" + published.json() + "\n\n");
        assertThat(published.json()).startsWith("{\"scanId\":\"scan-1\",\"timestamp\":\"").endsWith(
                "\",\"trigger\":\"api\"}");

        Recorder late = new Recorder(e -> true);
        List<FramedEvent> missed = new ArrayList<>();
        bus.subscribe(late, 0L, catchup -> missed.addAll(catchup.missed()));
        assertThat(missed).singleElement().satisfies(e -> assertThat(e.frame()).isSameAs(a.got().get(0).frame()));
    }

    @Test
    void eachClientGetsOnlyWhatItsFilterWantsInIdOrder() {
        EventBus bus = bus(10);
        Recorder btc = new Recorder(new EventFilter(null, Set.of("BTC/USDT")));
        bus.subscribe(btc, null, catchup -> { });
        bus.publish("scanStarted", "s", null, Map.of());
        bus.publish("symbolAnalyzed", "s", "ETH/USDT", Map.of());
        bus.publish("symbolAnalyzed", "s", "BTC/USDT", Map.of());
        bus.publish("deepAnalysisComplete", "s", null, Map.of());

        assertThat(btc.got()).extracting(e -> e.event().name() + " " + e.event().id())
                .containsExactly("scanStarted 1", "symbolAnalyzed 3", "deepAnalysisComplete 4");
    }

    @Test
    void anUnsubscribedClientGetsNothingMore() {
        EventBus bus = bus(10);
        Recorder r = new Recorder(e -> true);
        bus.subscribe(r, null, catchup -> { });
        bus.unsubscribe(r);
        bus.publish("scanStarted", "s", null, Map.of());
        assertThat(r.got()).isEmpty();
        assertThat(bus.subscriberCount()).isZero();
    }
}
