package io.fastscanner.notify;

import java.util.Map;

/** One POST, built afresh for each attempt (a webhook's signature carries the attempt's time). */
record OutgoingRequest(Map<String, String> headers, byte[] body) {

    OutgoingRequest {
        headers = Map.copyOf(headers);
    }
}
