package io.fastscanner.notify;

import java.time.Instant;
import java.util.Map;

/**
 * A JSON POST of {@link WebhookPayload} with the headers {@code Content-Type: application/json},
 * {@code User-Agent: fast-scanner}, {@code X-Delivery-Id} and {@code X-Signature} ({@link WebhookSignature}). An error
 * answer's reason is the start of its body.
 */
final class WebhookProtocol extends ChannelProtocol {

    static final String DELIVERY_ID = "X-Delivery-Id";

    private final Channel channel;
    private final WebhookTarget target;

    WebhookProtocol(Channel channel, WebhookTarget target) {
        this.channel = channel;
        this.target = target;
    }

    @Override
    OutgoingRequest request(Notification notification, String deliveryId, Instant now) {
        byte[] body = write(WebhookPayload.of(deliveryId, channel.id(), notification, channel.text(notification)));
        return new OutgoingRequest(
                Map.of(
                        "Content-Type",
                        "application/json",
                        "User-Agent",
                        USER_AGENT,
                        DELIVERY_ID,
                        deliveryId,
                        WebhookSignature.HEADER,
                        WebhookSignature.sign(target.secret(), now, body)),
                body);
    }

    @Override
    TargetReply reply(Answer answer) {
        return new TargetReply(true, answer.text(), null);
    }
}
