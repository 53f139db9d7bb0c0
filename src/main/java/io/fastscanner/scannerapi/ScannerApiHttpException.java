package io.fastscanner.scannerapi;

/** The Python service answered with an error status (kept with its body so the reason can quote it). */
public class ScannerApiHttpException extends RuntimeException {

    private final int status;
    private final String body;

    public ScannerApiHttpException(int status, String body) {
        super("http_" + status);
        this.status = status;
        this.body = body == null ? "" : body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
