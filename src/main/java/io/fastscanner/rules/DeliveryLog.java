package io.fastscanner.rules;

import io.fastscanner.notify.Delivery;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * The deliveries of each rule's alerts, as they stand after their latest attempt, for
 * {@code GET /api/scanner/alert-rules/{id}/deliveries}: the newest {@code scanner.rules.deliveries-per-rule} per rule,
 * in this process or in Redis (one list per rule, shared by every replica).
 */
public interface DeliveryLog {

    /** Keeps {@code delivery} (new, or a later state of one kept before) for rule {@code ruleId}; never blocks. */
    void record(String ruleId, Delivery delivery);

    /** The rule's deliveries, newest first, at most {@code limit}. */
    Uni<List<Delivery>> newest(String ruleId, int limit);

    /** Drops the rule's deliveries: the rule is deleted. */
    void forget(String ruleId);
}
