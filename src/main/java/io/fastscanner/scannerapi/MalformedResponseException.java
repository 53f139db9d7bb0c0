package io.fastscanner.scannerapi;

/** The Python service answered something that is not the JSON we expect (an HTML page, a wrong shape...). */
public class MalformedResponseException extends RuntimeException {

    public MalformedResponseException(String detail) {
        super(detail);
    }
}
