package io.fastscanner.marketdata.exchanges;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.ExchangeState;
import io.fastscanner.marketdata.budget.BudgetGate;
import io.fastscanner.marketdata.budget.BudgetState;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads an exchange's {@link ExchangeState} from its budgets and circuit breakers. */
final class ExchangeStates {

    private ExchangeStates() {}

    static Uni<ExchangeState> of(Exchange exchange, SpotHttp http) {
        List<BudgetGate> gates = http.gates().values().stream()
                .sorted(Comparator.comparing(g -> g.limit().name()))
                .toList();
        List<Uni<BudgetState>> states =
                gates.stream().map(g -> g.state().onFailure().recoverWithNull()).toList();
        List<ExchangeState.Circuit> circuits = new ArrayList<>();
        http.circuits().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> circuits.add(
                        new ExchangeState.Circuit(e.getKey(), e.getValue().id())));
        return Uni.join().all(states).andCollectFailures().map(read -> {
            List<ExchangeState.LimitUse> limits = new ArrayList<>();
            Optional<Instant> paused = Optional.empty();
            Optional<Instant> banned = Optional.empty();
            for (int i = 0; i < gates.size(); i++) {
                BudgetState s = read.get(i);
                var limit = gates.get(i).limit();
                limits.add(new ExchangeState.LimitUse(
                        limit.name(),
                        s == null ? -1 : s.used(),
                        limit.budget(),
                        limit.window().toMillis()));
                if (s != null) {
                    paused = later(paused, s.pauseEnd());
                    banned = later(banned, s.banEnd());
                }
            }
            return new ExchangeState(exchange, List.copyOf(limits), paused, banned, List.copyOf(circuits));
        });
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isAfter(b.get()) ? a : b;
    }
}
