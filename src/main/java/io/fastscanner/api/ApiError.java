package io.fastscanner.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The error body of every failed request: {@code {success:false, error:{code, message}}}. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(boolean success, Detail error) {

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(String code, String message, Object details) {
    }

    public static ApiError of(String code, String message) {
        return new ApiError(false, new Detail(code, message, null));
    }

    public static ApiError of(String code, String message, Object details) {
        return new ApiError(false, new Detail(code, message, details));
    }
}
