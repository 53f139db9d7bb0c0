package io.fastscanner.rules;

import io.fastscanner.channels.StoredChannel;
import io.fastscanner.notify.ChannelKind;
import io.fastscanner.notify.Delivery;
import io.fastscanner.notify.DeliveryStatus;
import io.fastscanner.schedule.AlertKind;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The types written to and read from the store as JSON (rules, channels, deliveries) but never answered by an
 * endpoint: registered for reflection, so that Jackson reads and writes them in a native executable too.
 */
@RegisterForReflection(
        targets = {
            StoredRule.class,
            RuleTrigger.class,
            AlertKind.class,
            StoredChannel.class,
            ChannelKind.class,
            Delivery.class,
            DeliveryStatus.class
        })
final class StoredTypes {

    private StoredTypes() {}
}
