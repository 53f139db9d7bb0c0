package io.fastscanner.events;

/**
 * One event of the stream, serialised once when published and shared by every client.
 *
 * @param id     strictly increasing across the process
 * @param name   {@code scanStarted}, {@code quickScanComplete}, {@code symbolAnalyzed}, ...
 * @param scanId the scan the event belongs to
 * @param symbol the symbol it is about, or null
 * @param json   the data, a JSON object that always carries {@code scanId} and {@code timestamp}
 */
public record ScanEvent(long id, String name, String scanId, String symbol, String json) {
}
