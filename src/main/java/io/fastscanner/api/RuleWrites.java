package io.fastscanner.api;

import io.fastscanner.channels.ChannelBook;
import io.fastscanner.errors.ApiException;
import io.fastscanner.rules.AlertRule;
import io.fastscanner.rules.RuleBook;
import io.fastscanner.rules.RulesConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Creating and changing alert rules: the body read and checked, its channels known, then stored. */
@ApplicationScoped
class RuleWrites {

    private final RuleBook rules;
    private final ChannelBook channels;
    private final JsonBodies bodies;
    private final Clock clock;
    private final int maxRules;

    RuleWrites(RuleBook rules, ChannelBook channels, JsonBodies bodies, RulesConfig config, Clock clock) {
        this.rules = rules;
        this.channels = channels;
        this.bodies = bodies;
        this.clock = clock;
        this.maxRules = config.maxRules();
    }

    Uni<AlertRule> create(String rawBody) {
        RuleRequest body = read(rawBody);
        String id = body.id() == null ? Names.newId("rule-") : Names.id(body.id(), "INVALID_RULE");
        Instant now = clock.instant();
        AlertRule rule = RuleRequests.rule(body, id, now, now);
        if (rules.all().size() >= maxRules) {
            throw new ApiException(
                    ApiException.CONFLICT,
                    "TOO_MANY_RULES",
                    "There are " + maxRules + " rules already (scanner.rules.max-rules); delete one first");
        }
        return known(rule.channels()).chain(() -> rules.create(rule)).map(created -> {
            if (!created) {
                throw new ApiException(ApiException.CONFLICT, "RULE_EXISTS", "There is a rule " + id + " already");
            }
            return rule;
        });
    }

    Uni<AlertRule> change(String id, String rawBody) {
        RuleRequest body = read(rawBody);
        if (body.id() != null && !body.id().equals(id)) {
            throw ApiException.badRequest("INVALID_RULE", "the body's id is not the id in the path; ids cannot change");
        }
        return rules.stored(id)
                .map(found -> found.orElseThrow(() -> notFound(id)))
                .chain(current -> {
                    RuleRequest merged =
                            RuleRequests.over(body, RuleView.of(current).asRequest());
                    AlertRule rule = RuleRequests.rule(merged, id, current.createdAt(), clock.instant());
                    return known(rule.channels())
                            .chain(() -> rules.replace(rule))
                            .replaceWith(rule);
                });
    }

    static ApiException notFound(String id) {
        return ApiException.notFound("RULE_NOT_FOUND", "There is no rule " + SymbolResolver.echo(id));
    }

    private RuleRequest read(String rawBody) {
        RuleRequest body = bodies.readOptional(rawBody, RuleRequest.class);
        if (body == null) {
            throw ApiException.badRequest("INVALID_RULE", "The request body must be a JSON object describing the rule");
        }
        return body;
    }

    /** Fails with 400 {@code UNKNOWN_CHANNEL} naming the first id that is not a stored channel. */
    private Uni<Void> known(List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<Optional<String>>> missing = ids.stream()
                .map(id -> channels.stored(id)
                        .map(found -> found.isPresent() ? Optional.<String>empty() : Optional.of(id)))
                .toList();
        return Uni.join().all(missing).andFailFast().map(all -> {
            all.stream().flatMap(Optional::stream).findFirst().ifPresent(id -> {
                throw ApiException.badRequest(
                        "UNKNOWN_CHANNEL", "There is no channel " + id + " (see GET /api/scanner/channels)");
            });
            return null;
        });
    }
}
