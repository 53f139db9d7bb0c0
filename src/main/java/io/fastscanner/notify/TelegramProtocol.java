package io.fastscanner.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;

/**
 * The Bot API's {@code sendMessage}: {@code POST {base}/bot{token}/sendMessage} with
 * {@code {"chat_id": ..., "text": ..., "disable_web_page_preview": true}} (plain text: no {@code parse_mode}, so
 * nothing in an alert can break the markup). Every answer is {@code {"ok": true|false, ...}}; an error has
 * {@code error_code} and {@code description}, and a flood-control 429 {@code parameters.retry_after} in seconds.
 */
final class TelegramProtocol extends ChannelProtocol {

    private final Channel channel;
    private final TelegramTarget target;

    TelegramProtocol(Channel channel, TelegramTarget target) {
        this.channel = channel;
        this.target = target;
    }

    @Override
    OutgoingRequest request(Notification notification, String deliveryId, Instant now) {
        ObjectNode body = JSON.createObjectNode();
        if (target.numericChat()) {
            body.put("chat_id", Long.parseLong(target.chatId()));
        } else {
            body.put("chat_id", target.chatId());
        }
        body.put("text", channel.text(notification));
        body.put("disable_web_page_preview", true);
        return new OutgoingRequest(Map.of("Content-Type", "application/json", "User-Agent", USER_AGENT), write(body));
    }

    @Override
    TargetReply reply(Answer answer) {
        JsonNode json = json(answer);
        boolean accepted = !json.path("ok").isBoolean() || json.path("ok").asBoolean();
        String description = json.path("description").asText(json.isMissingNode() ? answer.text() : "");
        return new TargetReply(
                accepted,
                description,
                RetryAfter.seconds(json.path("parameters").get("retry_after")).orElse(null));
    }
}
