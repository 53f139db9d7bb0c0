package io.fastscanner.screens;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the closest known name to a mistyped one. */
final class Suggestions {

    private static final int MAX_DISTANCE = 3;

    private Suggestions() {}

    /**
     * The candidate equal to {@code typed} ignoring case, else the one it is a prefix of, else the nearest by edit
     * distance (ignoring case) if the distance is at most 3 and smaller than the typed word; empty if none is close.
     */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            if (c.equalsIgnoreCase(typed)) {
                return Optional.of(c);
            }
        }
        for (String c : candidates) {
            if (!wanted.isEmpty() && c.toLowerCase(Locale.ROOT).startsWith(wanted)) {
                return Optional.of(c);
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(wanted, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= MAX_DISTANCE && bestDistance < typed.length() ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
