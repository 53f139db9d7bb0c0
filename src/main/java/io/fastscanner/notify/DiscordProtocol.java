package io.fastscanner.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;

/**
 * Discord's execute webhook: {@code POST {webhook url}} with {@code {"content": ..., "allowed_mentions":
 * {"parse": []}}} (no {@code @everyone} or role pings from an alert's text); 204 without {@code ?wait=true}. An error
 * has {@code message} and {@code code}; a 429 has {@code retry_after} in seconds (a float) in its body, as well as a
 * {@code Retry-After} header.
 */
final class DiscordProtocol extends ChannelProtocol {

    private final Channel channel;

    DiscordProtocol(Channel channel) {
        this.channel = channel;
    }

    @Override
    OutgoingRequest request(Notification notification, String deliveryId, Instant now) {
        ObjectNode body = JSON.createObjectNode();
        body.put("content", channel.text(notification));
        body.putObject("allowed_mentions").putArray("parse");
        return new OutgoingRequest(Map.of("Content-Type", "application/json", "User-Agent", USER_AGENT), write(body));
    }

    @Override
    TargetReply reply(Answer answer) {
        JsonNode json = json(answer);
        String message = json.path("message").asText(json.isMissingNode() ? answer.text() : "");
        if (json.path("code").isNumber() && json.path("code").asInt() != 0) {
            message = message + " (code " + json.path("code").asInt() + ")";
        }
        return new TargetReply(
                true, message, RetryAfter.seconds(json.get("retry_after")).orElse(null));
    }
}
