package io.fastscanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.errors.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link CallerPolicy} for every combination of settings, without starting the service (the running
 * service is tested with no token in {@code CallerChecksTest} and with a token and protected reads in
 * {@code ProtectedApiTest}).
 */
class CallerPolicyTest {

    private static final String TOKEN = "s3cret-token-for-tests";
    private static final String BEARER = "Bearer " + TOKEN;

    private static CallerPolicy policy(String token, boolean protectReads, boolean cors, List<String> origins) {
        return new CallerPolicy(
                Optional.ofNullable(token).map(BearerToken::new), protectReads, new AllowedOrigins(cors, origins));
    }

    private static CallerPolicy.Call call(String method, String path, Map<String, String> headers) {
        return call(method, path, headers, Map.of());
    }

    private static CallerPolicy.Call call(
            String method, String path, Map<String, String> headers, Map<String, String> query) {
        return new CallerPolicy.Call(
                method,
                path,
                headers.get("Origin"),
                "scanner.example.com",
                -1,
                headers.get("Authorization"),
                headers.get("Content-Type"),
                query::get);
    }

    private static String refusal(CallerPolicy policy, CallerPolicy.Call call) {
        return policy.refusal(call).map(e -> e.status() + " " + e.code()).orElse("allowed");
    }

    @Test
    void withATokenWritesNeedItAndReadsStayOpen() {
        CallerPolicy policy = policy(TOKEN, false, false, List.of());
        String scan = "/api/scanner/quick-scan";
        assertThat(refusal(policy, call("POST", scan, Map.of()))).isEqualTo("401 UNAUTHORIZED");
        assertThat(refusal(policy, call("POST", scan, Map.of("Authorization", "Bearer wrong"))))
                .isEqualTo("401 UNAUTHORIZED");
        assertThat(refusal(policy, call("POST", scan, Map.of("Authorization", BEARER))))
                .isEqualTo("allowed");
        assertThat(refusal(policy, call("DELETE", "/api/scanner/results", Map.of())))
                .isEqualTo("401 UNAUTHORIZED");
        for (String read : List.of("/api/scanner/results", "/api/scanner/symbol/BTC-USDT", CallerPolicy.EVENT_STREAM)) {
            assertThat(refusal(policy, call("GET", read, Map.of()))).as(read).isEqualTo("allowed");
        }
    }

    @Test
    void theAnswerToAMissingOrWrongTokenNamesTheScheme() {
        CallerPolicy policy = policy(TOKEN, false, false, List.of());
        ApiException missing = policy.refusal(call("POST", "/api/scanner/quick-scan", Map.of()))
                .orElseThrow();
        assertThat(missing.headers()).containsEntry("WWW-Authenticate", "Bearer realm=\"fast-scanner\"");
        ApiException wrong = policy.refusal(
                        call("POST", "/api/scanner/quick-scan", Map.of("Authorization", "Bearer x")))
                .orElseThrow();
        assertThat(wrong.headers().get("WWW-Authenticate")).contains("error=\"invalid_token\"");
    }

    @Test
    void protectedReadsNeedTheTokenAndOnlyTheStreamTakesItFromTheQuery() {
        CallerPolicy policy = policy(TOKEN, true, false, List.of());
        assertThat(refusal(policy, call("GET", "/api/scanner/results", Map.of())))
                .isEqualTo("401 UNAUTHORIZED");
        assertThat(refusal(policy, call("HEAD", "/api/scanner/results", Map.of())))
                .isEqualTo("401 UNAUTHORIZED");
        assertThat(refusal(policy, call("GET", "/api/scanner/results", Map.of("Authorization", BEARER))))
                .isEqualTo("allowed");
        assertThat(refusal(policy, call("GET", "/api/scanner/results", Map.of(), Map.of("token", TOKEN))))
                .isEqualTo("401 UNAUTHORIZED");
        assertThat(refusal(policy, call("GET", CallerPolicy.EVENT_STREAM, Map.of(), Map.of("token", TOKEN))))
                .isEqualTo("allowed");
        assertThat(refusal(policy, call("GET", CallerPolicy.EVENT_STREAM, Map.of(), Map.of("token", "nope"))))
                .isEqualTo("401 UNAUTHORIZED");
        // the page, its files, health, metrics and the API document stay open; so does a CORS preflight
        for (String open : List.of("/", "/app.js", "/q/health/ready", "/q/metrics", "/q/openapi")) {
            assertThat(refusal(policy, call("GET", open, Map.of()))).as(open).isEqualTo("allowed");
        }
        assertThat(refusal(policy, call("OPTIONS", "/api/scanner/quick-scan", Map.of())))
                .isEqualTo("allowed");
    }

    @Test
    void withoutATokenNothingNeedsOne() {
        CallerPolicy policy = policy(null, true, false, List.of());
        assertThat(refusal(policy, call("POST", "/api/scanner/quick-scan", Map.of())))
                .isEqualTo("allowed");
        assertThat(refusal(policy, call("GET", "/api/scanner/results", Map.of())))
                .isEqualTo("allowed");
    }

    @Test
    void theBearerSchemeIsReadInAnyCase() {
        assertThat(BearerToken.fromHeader("bearer   abc ")).isEqualTo("abc");
        assertThat(BearerToken.fromHeader("BEARER abc")).isEqualTo("abc");
        assertThat(BearerToken.fromHeader("Basic YWxhZGRpbjpvcGVuc2VzYW1l")).isNull();
        assertThat(BearerToken.fromHeader("Bearer ")).isNull();
        assertThat(new BearerToken(TOKEN).matches(TOKEN)).isTrue();
        assertThat(new BearerToken(TOKEN).matches(TOKEN + " ")).isFalse();
        assertThat(new BearerToken(TOKEN).matches(TOKEN.substring(1))).isFalse();
    }

    @Test
    void aStateChangingRequestFromAnotherOriginIsRefused() {
        CallerPolicy policy = policy(null, false, false, List.of());
        String scan = "/api/scanner/quick-scan";
        for (String own : List.of(
                "https://scanner.example.com", "http://scanner.example.com", "https://SCANNER.example.com:443")) {
            assertThat(refusal(policy, call("POST", scan, Map.of("Origin", own))))
                    .as(own)
                    .isEqualTo("allowed");
        }
        for (String other : List.of(
                "http://evil.example",
                "null",
                "https://scanner.example.com:8443",
                "https://scanner.example.com.evil.example",
                "file://",
                "not a url")) {
            assertThat(refusal(policy, call("POST", scan, Map.of("Origin", other))))
                    .as(other)
                    .isEqualTo("403 CROSS_ORIGIN");
        }
        assertThat(refusal(policy, call("GET", "/api/scanner/results", Map.of("Origin", "http://evil.example"))))
                .isEqualTo("allowed");
    }

    @Test
    void withCorsTheConfiguredOriginsMayCallAndOthersMayNotEvenRead() {
        CallerPolicy policy =
                policy(null, false, true, List.of("https://dashboard.example", "/https://[a-z]+\\.trusted\\.example/"));
        String scan = "/api/scanner/quick-scan";
        for (String allowed : List.of("https://dashboard.example", "https://ops.trusted.example")) {
            assertThat(refusal(policy, call("POST", scan, Map.of("Origin", allowed))))
                    .as(allowed)
                    .isEqualTo("allowed");
        }
        assertThat(refusal(policy, call("POST", scan, Map.of("Origin", "https://evil.example"))))
                .isEqualTo("403 CROSS_ORIGIN");
        assertThat(refusal(policy, call("GET", "/api/scanner/results", Map.of("Origin", "https://evil.example"))))
                .isEqualTo("403 CROSS_ORIGIN");
        assertThat(refusal(policy(null, false, true, List.of("*")), call("POST", scan, Map.of("Origin", "https://x"))))
                .isEqualTo("allowed");
    }

    @Test
    void aStateChangingRequestMustBeJsonOrHaveNoType() {
        CallerPolicy policy = policy(null, false, false, List.of());
        String scan = "/api/scanner/quick-scan";
        assertThat(refusal(policy, call("POST", scan, Map.of()))).isEqualTo("allowed");
        for (String json : List.of("application/json", "application/json;charset=UTF-8", " APPLICATION/JSON ")) {
            assertThat(refusal(policy, call("POST", scan, Map.of("Content-Type", json))))
                    .as(json)
                    .isEqualTo("allowed");
        }
        for (String other :
                List.of("text/plain", "application/x-www-form-urlencoded", "application/json-patch+json", "", ";;;")) {
            assertThat(refusal(policy, call("POST", scan, Map.of("Content-Type", other))))
                    .as(other)
                    .isEqualTo("415 UNSUPPORTED_MEDIA_TYPE");
        }
        assertThat(refusal(policy, call("GET", "/api/scanner/results", Map.of("Content-Type", "text/plain"))))
                .isEqualTo("allowed");
    }

    @Test
    void theOriginIsCheckedBeforeTheTokenAndTheTokenBeforeTheType() {
        CallerPolicy policy = policy(TOKEN, false, false, List.of());
        String scan = "/api/scanner/quick-scan";
        assertThat(refusal(
                        policy,
                        call("POST", scan, Map.of("Origin", "http://evil.example", "Content-Type", "text/plain"))))
                .isEqualTo("403 CROSS_ORIGIN");
        assertThat(refusal(policy, call("POST", scan, Map.of("Content-Type", "text/plain"))))
                .isEqualTo("401 UNAUTHORIZED");
        assertThat(refusal(policy, call("POST", scan, Map.of("Content-Type", "text/plain", "Authorization", BEARER))))
                .isEqualTo("415 UNSUPPORTED_MEDIA_TYPE");
    }
}
