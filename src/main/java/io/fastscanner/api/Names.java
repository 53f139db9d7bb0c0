package io.fastscanner.api;

import io.fastscanner.errors.ApiException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The ids and names of what users create through the API (alert rules, channels), with their 400s. */
final class Names {

    static final int MAX_NAME = 100;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Names() {}

    /** A new id: {@code prefix} and 12 random hex digits. */
    static String newId(String prefix) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }

    static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** {@code text} when it is an id (1 to 64 letters, digits, - or _); else 400 {@code code}. */
    static String id(String text, String code) {
        if (!isId(text)) {
            throw ApiException.badRequest(
                    code,
                    "Not an id: '" + SymbolResolver.echo(text == null ? "" : text)
                            + "'; ids are 1 to 64 letters, digits, - or _");
        }
        return text;
    }

    /** A name: trimmed, 1 to {@value #MAX_NAME} characters, no control characters; else 400 {@code code}. */
    static String name(String text, String code) {
        String name = text == null ? "" : text.trim();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest(
                    code, "name is required: 1 to " + MAX_NAME + " characters, without control characters");
        }
        return name;
    }
}
