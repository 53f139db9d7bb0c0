package io.fastscanner.api;

import static io.restassured.RestAssured.given;

import io.fastscanner.testing.RawHttp;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The requests of {@code OpenApiContractTest}: each names the operation it exercises. */
final class ContractCalls {

    static final String SCANNER = "/api/scanner";
    static final String SCAN = SCANNER + "/quick-scan";

    private ContractCalls() {}

    /** One request: the operation it exercises ({@code method} and path template) and how to send it. */
    record Call(String method, String template, String url, UnaryOperator<RequestSpecification> request) {

        static Call get(String template, String url) {
            return new Call("get", template, url, r -> r);
        }

        static Call post(String template, String url, String contentType, String body) {
            return new Call(
                    "post", template, url, r -> r.contentType(contentType).body(body));
        }

        static Call postJson(String body) {
            return post(SCAN, SCAN, "application/json", body);
        }

        /** A request with a JSON body to any operation. */
        static Call json(String method, String template, String url, String body) {
            return new Call(
                    method,
                    template,
                    url,
                    r -> r.contentType("application/json").body(body));
        }

        /**
         * A request over a plain socket, without body or headers beyond Host: what curl -X POST sends, or a URL no
         * HTTP client sends (not a valid URI).
         */
        static Call raw(String method, String template, String url) {
            return new Call(method, template, url, null);
        }

        Answer send() {
            if (request == null) {
                RawHttp.Answer raw = RawHttp.exchange(
                        method.toUpperCase(Locale.ROOT) + " " + url + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
                return new Answer(raw.status(), raw.header("content-type"), raw.body());
            }
            RequestSpecification spec = request.apply(given().urlEncodingEnabled(false));
            Response response = switch (method) {
                case "get" -> spec.get(url);
                case "put" -> spec.put(url);
                case "delete" -> spec.delete(url);
                default -> spec.post(url);
            };
            return new Answer(response.statusCode(), response.contentType(), response.asString());
        }
    }

    record Answer(int status, String contentType, String body) {}
}
