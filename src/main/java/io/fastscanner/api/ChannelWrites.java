package io.fastscanner.api;

import io.fastscanner.channels.ChannelBook;
import io.fastscanner.channels.StoredChannel;
import io.fastscanner.errors.ApiException;
import io.fastscanner.notify.InvalidChannelException;
import io.fastscanner.notify.NotifyConfig;
import io.fastscanner.notify.TargetRefusedException;
import io.fastscanner.rules.RuleBook;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/** Creating, changing, pausing and deleting notification channels, with the answers of each mistake. */
@ApplicationScoped
class ChannelWrites {

    static final String PAUSED_BY_HAND = "paused through the API";

    private final ChannelBook channels;
    private final RuleBook rules;
    private final JsonBodies bodies;
    private final Clock clock;
    private final int maxChannels;

    ChannelWrites(ChannelBook channels, RuleBook rules, JsonBodies bodies, NotifyConfig config, Clock clock) {
        this.channels = channels;
        this.rules = rules;
        this.bodies = bodies;
        this.clock = clock;
        this.maxChannels = config.maxChannels();
    }

    Uni<StoredChannel> create(String rawBody) {
        ChannelRequest body = read(rawBody);
        String id = body.id() == null ? Names.newId("ch-") : Names.id(body.id(), "INVALID_CHANNEL");
        StoredChannel channel = ChannelRequests.channel(body, id, null, clock.instant());
        if (channels.all().size() >= maxChannels) {
            throw new ApiException(
                    ApiException.CONFLICT,
                    "TOO_MANY_CHANNELS",
                    "There are " + maxChannels + " channels already (scanner.notify.max-channels); delete one first");
        }
        return checked(channel).chain(() -> channels.create(channel)).map(created -> {
            if (!created) {
                throw new ApiException(
                        ApiException.CONFLICT, "CHANNEL_EXISTS", "There is a channel " + id + " already");
            }
            return channel;
        });
    }

    Uni<StoredChannel> change(String id, String rawBody) {
        ChannelRequest body = read(rawBody);
        if (body.id() != null && !body.id().equals(id)) {
            throw ApiException.badRequest(
                    "INVALID_CHANNEL", "the body's id is not the id in the path; ids cannot change");
        }
        return stored(id).chain(current -> {
            StoredChannel changed = ChannelRequests.channel(body, id, current, clock.instant());
            if (Boolean.TRUE.equals(body.paused()) && !changed.paused()) {
                changed = changed.pausedFor(PAUSED_BY_HAND, clock.instant(), clock.instant());
            } else if (Boolean.FALSE.equals(body.paused())) {
                changed = changed.resumed(clock.instant());
            }
            StoredChannel result = changed;
            return checked(result).chain(() -> channels.replace(result));
        });
    }

    Uni<StoredChannel> resume(String id) {
        return stored(id).chain(current -> channels.replace(current.resumed(clock.instant())));
    }

    Uni<String> delete(String id) {
        List<String> users = rules.all().stream()
                .filter(rule -> rule.channels().contains(id))
                .map(rule -> rule.id())
                .toList();
        if (!users.isEmpty()) {
            throw new ApiException(
                    ApiException.CONFLICT,
                    "CHANNEL_IN_USE",
                    "Channel " + id + " is used by the rules " + String.join(", ", users)
                            + "; remove it from them first");
        }
        return channels.delete(id).map(deleted -> {
            if (!deleted) {
                throw notFound(id);
            }
            return id;
        });
    }

    /** The channel as stored, else 404 {@code CHANNEL_NOT_FOUND}. */
    Uni<StoredChannel> stored(String id) {
        return channels.stored(id).map(found -> found.orElseThrow(() -> notFound(id)));
    }

    static ApiException notFound(String id) {
        return ApiException.notFound("CHANNEL_NOT_FOUND", "There is no channel " + SymbolResolver.echo(id));
    }

    /** The target must pass the address rule: 400 {@code TARGET_REFUSED} otherwise. */
    private Uni<Void> checked(StoredChannel channel) {
        return channels.check(channel)
                .onFailure(TargetRefusedException.class)
                .transform(e -> ApiException.badRequest(
                        "TARGET_REFUSED",
                        "The channel's target is refused: " + e.getMessage()
                                + " (the address rule of docs/notifications.md; scanner.notify.allow-private-targets)"))
                .onFailure(e -> e instanceof InvalidChannelException && !(e instanceof TargetRefusedException))
                .transform(e -> ApiException.badRequest("INVALID_CHANNEL", e.getMessage()))
                .replaceWithVoid();
    }

    private ChannelRequest read(String rawBody) {
        ChannelRequest body = bodies.readOptional(rawBody, ChannelRequest.class);
        if (body == null) {
            throw ApiException.badRequest(
                    "INVALID_CHANNEL", "The request body must be a JSON object describing the channel");
        }
        return body;
    }
}
