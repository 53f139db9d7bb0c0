package io.fastscanner.notify;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A target's answer to one attempt.
 *
 * @param headers the first value of each header, by its name in lower case
 * @param body    at most {@link HttpTransport#MAX_BODY} bytes of it
 */
record Answer(int status, Map<String, String> headers, byte[] body) {

    Answer {
        headers = Map.copyOf(headers);
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
