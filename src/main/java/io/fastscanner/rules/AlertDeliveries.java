package io.fastscanner.rules;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.channels.ChannelBook;
import io.fastscanner.notify.Delivery;
import io.fastscanner.notify.DeliveryAttempt;
import io.fastscanner.notify.DeliveryListener;
import io.fastscanner.notify.DeliveryStatus;
import io.fastscanner.notify.Notification;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.schedule.Alert;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Sends each alert a rule raised to the rule's channels, once ({@link DeliveryClaims}), and records every delivery
 * of it in the {@link DeliveryLog}: after each attempt that will be retried, and when it is final. Offering never
 * waits: a slow channel only fills its own bounded queue, and a full one fails the delivery ({@code queue_full}).
 */
@ApplicationScoped
public class AlertDeliveries implements DeliveryListener {

    private static final Logger LOG = Logger.getLogger(AlertDeliveries.class);

    /** The rule of an alert whose deliveries are not all final yet, and how many are not. */
    private record Pending(String ruleId, int open) {}

    private final ChannelBook channels;
    private final DeliveryLog log;
    private final DeliveryClaims claims;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    AlertDeliveries(ChannelBook channels, DeliveryLog log, DeliveryClaims claims) {
        this.channels = channels;
        this.log = log;
        this.claims = claims;
    }

    void start(@Observes StartupEvent event) {
        channels.listen(this);
    }

    /** Sends {@code alert}, raised by {@code rule} on {@code row}, to the rule's channels; never blocks. */
    public void send(AlertRule rule, Alert alert, ScanRow row, DeepAnalysis deep) {
        if (rule.channels().isEmpty()) {
            return;
        }
        String alertId = alert.id().toString();
        Notification notification = Notification.of(alert, row, deep);
        claims.claim(rule.id(), alertId)
                .subscribe()
                .with(
                        won -> {
                            if (!won) {
                                LOG.debugf("Alert %s of rule %s is delivered already", alertId, rule.id());
                                return;
                            }
                            pending.put(
                                    alertId,
                                    new Pending(rule.id(), rule.channels().size()));
                            rule.channels().forEach(channel -> channels.offer(channel, notification));
                        },
                        failure -> LOG.warnf(
                                "Alert %s of rule %s is not delivered: its delivery could not be claimed in Redis (%s)",
                                alertId, rule.id(), failure.getMessage()));
    }

    @Override
    public void attempted(DeliveryAttempt attempt, Delivery delivery) {
        if (delivery.status() == DeliveryStatus.RETRYING) {
            Pending open = pending.get(delivery.alertId());
            if (open != null) {
                log.record(open.ruleId(), delivery);
            }
        }
    }

    @Override
    public void finished(Delivery delivery) {
        String[] rule = {null};
        pending.computeIfPresent(delivery.alertId(), (id, open) -> {
            rule[0] = open.ruleId();
            return open.open() <= 1 ? null : new Pending(open.ruleId(), open.open() - 1);
        });
        if (rule[0] != null) {
            log.record(rule[0], delivery);
        }
    }
}
