package io.fastscanner.api;

import io.fastscanner.errors.ApiException;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.rules.AlertRule;
import io.fastscanner.rules.RuleCondition;
import io.fastscanner.rules.RuleScope;
import io.fastscanner.rules.RuleTrigger;
import io.fastscanner.schedule.AlertKind;
import io.fastscanner.screens.Screen;
import io.fastscanner.screens.ScreenSyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads an alert rule from a request body, with the 400 of each mistake. */
final class RuleRequests {

    static final long MAX_COOLDOWN_SECONDS = Duration.ofDays(7).toSeconds();
    static final int MAX_SYMBOLS = 500;
    static final int MAX_CHANNELS = 10;

    private RuleRequests() {}

    /** The rule {@code body} describes, with id {@code id}; {@code createdAt} is kept from the rule it replaces. */
    static AlertRule rule(RuleRequest body, String id, Instant createdAt, Instant now) {
        String name = Names.name(body.name(), "INVALID_RULE");
        AlertKind kind = kind(body);
        RuleCondition condition;
        if (kind == AlertKind.SCREEN_MATCH) {
            condition = new RuleCondition.ScreenMatch(screen(body.expression()));
        } else if (body.expression() != null) {
            throw invalid("expression is only for screen_match rules; a " + kind.json() + " rule has none");
        } else {
            condition = new RuleCondition.ChangeOf(kind);
        }
        boolean screen = kind == AlertKind.SCREEN_MATCH;
        RuleTrigger trigger = body.trigger() == null
                ? (screen ? RuleTrigger.ENTERS : RuleTrigger.EVERY)
                : RuleTrigger.parse(body.trigger()).orElseThrow(() -> invalid("trigger must be 'enters' or 'every'"));
        long cooldown = body.cooldownSeconds() == null ? 0 : body.cooldownSeconds();
        if (cooldown < 0 || cooldown > MAX_COOLDOWN_SECONDS) {
            throw invalid("cooldownSeconds must be from 0 to " + MAX_COOLDOWN_SECONDS + " (7 days)");
        }
        return new AlertRule(
                id,
                name,
                condition,
                scope(body),
                trigger,
                Duration.ofSeconds(cooldown),
                body.oncePerCandle() == null ? screen : body.oncePerCandle(),
                channels(body.channels()),
                body.enabled() == null || body.enabled(),
                createdAt,
                now);
    }

    /** {@code change} laid over {@code current}: the fields it names replace the current ones. */
    static RuleRequest over(RuleRequest change, RuleRequest current) {
        boolean kindChanged = change.kind() != null && !change.kind().equalsIgnoreCase(current.kind());
        return new RuleRequest(
                current.id(),
                or(change.name(), current.name()),
                or(change.kind(), current.kind()),
                change.expression() != null ? change.expression() : kindChanged ? null : current.expression(),
                or(change.symbols(), current.symbols()),
                or(change.exchange(), current.exchange()),
                or(change.timeframe(), current.timeframe()),
                or(change.trigger(), current.trigger()),
                or(change.cooldownSeconds(), current.cooldownSeconds()),
                or(change.oncePerCandle(), current.oncePerCandle()),
                or(change.channels(), current.channels()),
                or(change.enabled(), current.enabled()));
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }

    private static AlertKind kind(RuleRequest body) {
        if (body.kind() == null) {
            if (body.expression() == null) {
                throw invalid("a rule needs an expression (a screen), or a kind: one of " + kinds());
            }
            return AlertKind.SCREEN_MATCH;
        }
        String wanted = body.kind().trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(AlertKind.values())
                .filter(k -> k.json().equals(wanted))
                .findFirst()
                .orElseThrow(() -> invalid("kind must be one of " + kinds()));
    }

    private static String kinds() {
        return Arrays.stream(AlertKind.values()).map(AlertKind::json).collect(Collectors.joining(", "));
    }

    private static Screen screen(String expression) {
        if (expression == null || expression.isBlank()) {
            throw invalid("a screen_match rule needs an expression, such as rsi14 < 30 and signal == \"BUY\"");
        }
        try {
            return Screen.parse(expression);
        } catch (ScreenSyntaxException e) {
            throw ApiException.badRequestAt("INVALID_EXPRESSION", e.getMessage(), e.position());
        }
    }

    private static RuleScope scope(RuleRequest body) {
        List<String> given = body.symbols() == null ? List.of() : body.symbols();
        if (given.size() > MAX_SYMBOLS) {
            throw ApiException.badRequest(
                    "TOO_MANY_SYMBOLS", "At most " + MAX_SYMBOLS + " symbols per rule, got " + given.size());
        }
        Set<MarketSymbol> symbols = new LinkedHashSet<>();
        for (String raw : given) {
            symbols.add(RequestValues.symbol(raw));
        }
        Exchange exchange = blank(body.exchange())
                ? null
                : Exchange.fromId(body.exchange())
                        .orElseThrow(() -> ApiException.badRequest(
                                "INVALID_EXCHANGE",
                                "Unknown exchange '" + SymbolResolver.echo(body.exchange()) + "'; use one of "
                                        + Exchange.ids()));
        Timeframe timeframe = blank(body.timeframe())
                ? null
                : Timeframe.fromLabel(body.timeframe().trim())
                        .orElseThrow(() -> ApiException.badRequest(
                                "INVALID_TIMEFRAME",
                                "Unknown timeframe '" + SymbolResolver.echo(body.timeframe()) + "'; use one of "
                                        + Timeframe.labels()));
        return new RuleScope(List.copyOf(symbols), exchange, timeframe);
    }

    private static List<String> channels(List<String> given) {
        if (given == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : given) {
            ids.add(Names.id(id, "UNKNOWN_CHANNEL"));
        }
        if (ids.size() > MAX_CHANNELS) {
            throw invalid("at most " + MAX_CHANNELS + " channels per rule");
        }
        return List.copyOf(ids);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static ApiException invalid(String message) {
        return ApiException.badRequest("INVALID_RULE", message);
    }
}
