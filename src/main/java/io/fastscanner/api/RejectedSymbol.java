package io.fastscanner.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A requested symbol that was not scanned, and why ({@code malformed}, {@code unknown}, {@code duplicate}). */
@RegisterForReflection
public record RejectedSymbol(String symbol, String reason) {
}
