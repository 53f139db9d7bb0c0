package io.fastscanner.scannerapi;

/** One HTTP answer of the Python service: status and body text, before any parsing. */
public record RawAnswer(int status, String body) {}
