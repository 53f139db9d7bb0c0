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
     * @param position the 0-based character offset of the mistake in a screen ({@code INVALID_SCREEN}); absent
     *                 otherwise
     */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(
            String code,
            String message,

            @Schema(description = "The rejected symbols of an UNKNOWN_SYMBOLS error; absent otherwise")
            List<RejectedSymbol> details,

            @Schema(
                    description = "Where the mistake is in the screen of an INVALID_SCREEN error: the 0-based "
                            + "character offset; absent otherwise")
            Integer position) {

        public Detail(String code, String message, List<RejectedSymbol> details) {
            this(code, message, details, null);
        }
    }

    public static ApiError of(String code, String message) {
        return new ApiError(false, new Detail(code, message, null));
    }

    public static ApiError of(String code, String message, List<RejectedSymbol> details) {
        return new ApiError(false, new Detail(code, message, details));
    }
}
