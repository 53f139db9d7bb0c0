package io.fastscanner.api;

import io.fastscanner.errors.ApiException;
import io.fastscanner.screens.FieldSource;
import io.fastscanner.screens.Screen;
import io.fastscanner.screens.ScreenFields;
import io.fastscanner.screens.ScreenSyntaxException;
import io.fastscanner.screens.saved.SavedScreens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The screen a request names, with the API's errors: an expression ({@code screen}) or a saved screen's id
 * ({@code screenId}), not both. A blank value names none.
 */
@ApplicationScoped
class ScreenChoice {

    private final SavedScreens saved;

    ScreenChoice(SavedScreens saved) {
        this.saved = saved;
    }

    /**
     * The screen, or empty when the request names none; 400 {@code INVALID_SCREEN} for both or an expression that does
     * not parse, 404 {@code SCREEN_NOT_FOUND} for an id no screen has.
     */
    Uni<Optional<Screen>> of(String expression, String screenId) {
        boolean byText = expression != null && !expression.isBlank();
        boolean byId = screenId != null && !screenId.isBlank();
        if (byText && byId) {
            throw ApiException.badRequest(
                    "INVALID_SCREEN", "Name either screen (an expression) or screenId (a saved screen), not both");
        }
        if (byText) {
            return Uni.createFrom().item(Optional.of(parse(expression)));
        }
        if (!byId) {
            return Uni.createFrom().item(Optional.empty());
        }
        return saved.get(screenId.trim())
                .map(found ->
                        Optional.of(found.orElseThrow(() -> notFound(screenId)).screen()));
    }

    /** The parsed screen, else 400 {@code INVALID_SCREEN} naming the position, with {@code error.position}. */
    static Screen parse(String expression) {
        try {
            return Screen.parse(expression);
        } catch (ScreenSyntaxException e) {
            throw ApiException.badRequest("INVALID_SCREEN", "Invalid screen: " + e.getMessage())
                    .withPosition(e.position());
        }
    }

    static ApiException notFound(String id) {
        return ApiException.notFound(
                "SCREEN_NOT_FOUND", "No saved screen has the id '" + SymbolResolver.echo(id.trim()) + "'");
    }

    /**
     * 400 {@code INVALID_SCREEN} for a screen that reads the deep analysis: a quick scan answers before any symbol's
     * deep analysis is done, so such a screen cannot be decided there.
     */
    static void requireQuickFields(Screen screen) {
        List<String> deep = screen.fields().stream()
                .filter(name -> ScreenFields.find(name)
                        .map(info -> info.source() == FieldSource.DEEP)
                        .orElse(false))
                .toList();
        if (!deep.isEmpty()) {
            throw ApiException.badRequest(
                    "INVALID_SCREEN",
                    "The screen reads deep-analysis fields (" + String.join(", ", deep) + "), which are known only"
                            + " once each symbol's deep analysis is done, after the quick scan has answered; filter"
                            + " the analysed rows with GET /api/scanner/results?screen=... or follow them on"
                            + " GET /api/scanner/events?screenId=<saved screen>");
        }
    }
}
