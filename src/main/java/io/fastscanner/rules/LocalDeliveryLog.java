package io.fastscanner.rules;

import io.fastscanner.notify.Delivery;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The deliveries in this process ({@code scanner.store=memory}): each rule's newest, by delivery id. */
final class LocalDeliveryLog implements DeliveryLog {

    private final int perRule;
    private final Map<String, LinkedHashMap<String, Delivery>> byRule = new HashMap<>();

    LocalDeliveryLog(int perRule) {
        this.perRule = Math.max(1, perRule);
    }

    @Override
    public synchronized void record(String ruleId, Delivery delivery) {
        byRule.computeIfAbsent(ruleId, id -> new LinkedHashMap<>() {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Delivery> eldest) {
                        return size() > perRule;
                    }
                })
                .put(delivery.id(), delivery);
    }

    @Override
    public synchronized Uni<List<Delivery>> newest(String ruleId, int limit) {
        List<Delivery> kept = new ArrayList<>(
                byRule.getOrDefault(ruleId, new LinkedHashMap<>()).values());
        Collections.reverse(kept);
        return Uni.createFrom().item(List.copyOf(kept.subList(0, Math.min(limit, kept.size()))));
    }

    @Override
    public synchronized void forget(String ruleId) {
        byRule.remove(ruleId);
    }
}
