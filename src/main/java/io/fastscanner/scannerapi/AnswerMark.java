package io.fastscanner.scannerapi;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * How the answer to one scan request of ours is recognised. The scanner_api has no job id and keeps only its last
 * scan; its status tells when that scan finished ({@code last_scan}, a naive ISO time of its own clock). A finished
 * scan answers our request when it is not the one we saw before asking and finished after the scanner_api accepted
 * the request: after the {@code timestamp} of its 202 answer, read on the same clock.
 *
 * @param requestedAt    its clock when it accepted our request; null when its answer carried no readable timestamp,
 *                       and then any change of {@code last_scan} counts
 * @param lastScanBefore its {@code last_scan} as read just before our request; null when it had never scanned
 */
record AnswerMark(LocalDateTime requestedAt, String lastScanBefore) {

    /** Whether a status showing {@code lastScan} shows the scan that answers this request. */
    boolean isAnsweredBy(String lastScan) {
        if (lastScan == null || lastScan.equals(lastScanBefore)) {
            return false;
        }
        if (requestedAt == null) {
            return true;
        }
        // both times come from its clock in one format; one that does not parse falls back to "changed"
        return peerTime(lastScan).map(finished -> finished.isAfter(requestedAt)).orElse(true);
    }

    /**
     * A time of its clock: Python's {@code datetime.isoformat()}, naive ({@code 2026-11-24T11:26:06.470789}, the
     * fraction omitted when zero). An offset, if one is ever sent, is ignored: both times come from the same clock.
     */
    static Optional<LocalDateTime> peerTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text.trim());
            return Optional.of(LocalDateTime.from(parsed));
        } catch (DateTimeException unreadable) {
            return Optional.empty();
        }
    }
}
