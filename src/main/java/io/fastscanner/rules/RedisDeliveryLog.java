package io.fastscanner.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.notify.Delivery;
import io.fastscanner.store.StoreHealth;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.list.ReactiveListCommands;
import io.smallrye.mutiny.Uni;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The deliveries in Redis, shared by every replica: each state of a delivery is pushed onto the rule's list
 * {@code <prefix>deliveries:<rule>} (newest first, trimmed to {@value #STATES_PER_DELIVERY} states per kept delivery);
 * reading keeps the newest state of each.
 */
final class RedisDeliveryLog implements DeliveryLog {

    private static final Logger LOG = Logger.getLogger(RedisDeliveryLog.class);
    /** A delivery is pushed once per retry and once when final: room for a few states of each. */
    static final int STATES_PER_DELIVERY = 3;

    private final ReactiveListCommands<String, String> lists;
    private final ReactiveRedisDataSource redis;
    private final String prefix;
    private final int perRule;
    private final ObjectMapper json;
    private final StoreHealth health;

    RedisDeliveryLog(ReactiveRedisDataSource redis, String prefix, int perRule, ObjectMapper json, StoreHealth health) {
        this.redis = redis;
        this.lists = redis.list(String.class);
        this.prefix = prefix;
        this.perRule = Math.max(1, perRule);
        this.json = json;
        this.health = health;
    }

    @Override
    public void record(String ruleId, Delivery delivery) {
        String text;
        try {
            text = json.writeValueAsString(delivery);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a delivery cannot be serialised", e);
        }
        String key = key(ruleId);
        lists.lpush(key, text)
                .chain(() -> lists.ltrim(key, 0, (long) perRule * STATES_PER_DELIVERY - 1))
                .subscribe()
                .with(ignored -> health.reachable(), failure -> {
                    health.unreachable("keeping a delivery", failure);
                    LOG.warnf("Delivery %s of rule %s is not kept in Redis", delivery.id(), ruleId);
                });
    }

    @Override
    public Uni<List<Delivery>> newest(String ruleId, int limit) {
        return lists.lrange(key(ruleId), 0, -1).map(texts -> {
            Map<String, Delivery> latest = new LinkedHashMap<>();
            for (String text : texts) {
                try {
                    Delivery d = json.readValue(text, Delivery.class);
                    latest.putIfAbsent(d.id(), d);
                } catch (JsonProcessingException e) {
                    LOG.debugf("A delivery of rule %s could not be read: %s", ruleId, e.getMessage());
                }
            }
            return latest.values().stream()
                    .sorted(Comparator.comparing(Delivery::createdAt).reversed())
                    .limit(Math.min(limit, perRule))
                    .toList();
        });
    }

    @Override
    public void forget(String ruleId) {
        redis.key(String.class)
                .del(key(ruleId))
                .subscribe()
                .with(ignored -> {}, failure -> health.unreachable("deleting a rule's deliveries", failure));
    }

    private String key(String ruleId) {
        return prefix + "deliveries:" + ruleId;
    }
}
