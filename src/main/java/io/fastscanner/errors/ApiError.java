package io.fastscanner.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The error body of every failed request: {@code {success:false, error:{code, message}}}. */
@RegisterForReflection
@Schema(name = "Error", description = "The body of every failed request")
public record ApiError(@Schema(enumeration = "false") boolean success, Detail error) {

    /**
     * @param code    machine-readable, e.g. {@code INVALID_TIMEFRAME}
     * @param message what was wrong, for people
     * @param details  the rejected symbols of an {@code UNKNOWN_SYMBOLS} error; absent otherwise
     * @param position the 0-based character offset of the mistake in a screen ({@code INVALID_SCREEN}) or an
     *                 expression ({@code INVALID_EXPRESSION}); absent otherwise
     */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(
            String code,
            String message,

            @Schema(description = "The rejected symbols of an UNKNOWN_SYMBOLS error; absent otherwise")
            List<RejectedSymbol> details,

            @Schema(
                    description = "The 0-based character offset of the mistake in a screen (INVALID_SCREEN) or"
                            + " an expression (INVALID_EXPRESSION); absent otherwise",
                    minimum = "0")
            Integer position) {}

    public static ApiError of(String code, String message) {
        return new ApiError(false, new Detail(code, message, null, null));
    }

    public static ApiError of(String code, String message, List<RejectedSymbol> details) {
        return new ApiError(false, new Detail(code, message, details, null));
    }

    /** An error about one place in a text the client sent, such as a screen or an expression. */
    public static ApiError at(String code, String message, int position) {
        return new ApiError(false, new Detail(code, message, null, position));
    }
}
