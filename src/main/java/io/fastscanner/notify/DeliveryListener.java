package io.fastscanner.notify;

/**
 * Told what happens to deliveries and channels, so the layer above can store and show it. It is called on the
 * thread that ran the attempt, often a Vert.x event loop: it must not block. An exception it throws is logged and
 * otherwise ignored.
 */
public interface DeliveryListener {

    /** After every attempt, with the delivery as it now stands ({@code RETRYING} or final). */
    default void attempted(DeliveryAttempt attempt, Delivery delivery) {}

    /** Once per delivery, when it is final: sent, or failed (also when it was never sent: queue full, paused). */
    default void finished(Delivery delivery) {}

    /** When a channel is paused after too many failures in a row, or resumed. */
    default void channelChanged(ChannelStatus status) {}

    DeliveryListener NONE = new DeliveryListener() {};
}
