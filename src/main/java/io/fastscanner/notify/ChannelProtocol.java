package io.fastscanner.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How one kind of target is spoken to: the request an attempt sends, and what the answer means. The meaning is shared:
 * 2xx is sent; 3xx fails (redirects are not followed); 429 is retried after the wait the target asks for; 408 and 5xx
 * are retried with backoff; any other 4xx fails at once with the target's reason.
 */
abstract sealed class ChannelProtocol permits WebhookProtocol, TelegramProtocol, DiscordProtocol {

    static final String USER_AGENT = "fast-scanner";
    static final ObjectMapper JSON = new ObjectMapper();

    static ChannelProtocol of(Channel channel) {
        ChannelTarget target = channel.target();
        if (target instanceof WebhookTarget webhook) {
            return new WebhookProtocol(channel, webhook);
        }
        if (target instanceof TelegramTarget telegram) {
            return new TelegramProtocol(channel, telegram);
        }
        return new DiscordProtocol(channel);
    }

    abstract OutgoingRequest request(Notification notification, String deliveryId, Instant now);

    abstract TargetReply reply(Answer answer);

    Verdict judge(Answer answer, Instant now) {
        int status = answer.status();
        TargetReply reply = reply(answer);
        if (status >= 200 && status < 300) {
            return reply.accepted()
                    ? Verdict.sent(status)
                    : Verdict.fail(status, Reasons.of("rejected", reply.description()));
        }
        if (status >= 300 && status < 400) {
            return Verdict.fail(status, "redirect_refused: http_" + status + " (redirects are not followed)");
        }
        String reason = Reasons.of("http_" + status, reply.description());
        if (status == 429) {
            Duration wait = Optional.ofNullable(reply.retryAfter())
                    .or(() -> RetryAfter.parse(answer.header("Retry-After"), now))
                    .orElse(null);
            return Verdict.retry(status, reason, wait);
        }
        if (status == 408 || status >= 500) {
            return Verdict.retry(status, reason, null);
        }
        return Verdict.fail(status, reason);
    }

    static byte[] write(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a notification as JSON", e);
        }
    }

    /** The answer's body as JSON; a missing node when it is empty or not JSON. */
    static JsonNode json(Answer answer) {
        try {
            JsonNode node = answer.body().length == 0 ? null : JSON.readTree(answer.body());
            return node == null ? JSON.missingNode() : node;
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }
}
