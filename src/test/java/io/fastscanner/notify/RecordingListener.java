package io.fastscanner.notify;

import static io.fastscanner.testing.Waits.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps everything the dispatcher reports, and waits for it. */
final class RecordingListener implements DeliveryListener {

    final List<DeliveryAttempt> attempts = new CopyOnWriteArrayList<>();
    final List<Delivery> finished = new CopyOnWriteArrayList<>();
    final List<ChannelStatus> channelChanges = new CopyOnWriteArrayList<>();

    @Override
    public void attempted(DeliveryAttempt attempt, Delivery delivery) {
        attempts.add(attempt);
    }

    @Override
    public void finished(Delivery delivery) {
        finished.add(delivery);
    }

    @Override
    public void channelChanged(ChannelStatus status) {
        channelChanges.add(status);
    }

    /** Waits until {@code count} deliveries are final, and returns them in the order they finished. */
    List<Delivery> awaitFinished(int count) {
        return await(count + " final deliveries").until(() -> List.copyOf(finished), list -> list.size() >= count);
    }

    /** Waits for the one final delivery of {@code alertId}. */
    Delivery awaitFinished(String alertId) {
        return await("the final delivery of " + alertId)
                .until(
                        () -> finished.stream()
                                .filter(d -> d.alertId().equals(alertId))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    List<DeliveryAttempt> attemptsOf(String deliveryId) {
        return attempts.stream().filter(a -> a.deliveryId().equals(deliveryId)).toList();
    }
}
