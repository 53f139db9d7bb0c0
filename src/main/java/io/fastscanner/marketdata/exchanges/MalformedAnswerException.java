package io.fastscanner.marketdata.exchanges;

/**
 * An answer that is not what the exchange documents (a field missing, a number that is not one). Thrown by the
 * readers of a {@link SpotApi}; the call fails with reason {@code malformed_response} and is not retried.
 */
public class MalformedAnswerException extends RuntimeException {

    public MalformedAnswerException(String message) {
        super(message);
    }
}
