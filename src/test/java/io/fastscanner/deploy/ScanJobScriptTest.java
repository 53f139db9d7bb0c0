package io.fastscanner.deploy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CronJob's script, as written in {@code src/main/kubernetes/kubernetes.yml}, run with this machine's {@code sh}
 * and {@code curl} against a stand-in for the service: the request it sends for its slot, and its exit code.
 */
class ScanJobScriptTest {

    private static final String PATH = "/api/scanner/quick-scan";
    private static final String TOKEN = "a-token-for-this-test-only";
    private static final String COMPLETE = "Quick scan complete: 20 symbols (5 BUY, 3 SELL, 12 HOLD)";

    private static WireMockServer service;
    private static Container job;

    @BeforeAll
    static void start() {
        service = new WireMockServer(options().dynamicPort());
        service.start();
        job = Manifests.container(StrictManifests.read(Manifests.SOURCES.resolve("kubernetes.yml"))
                .one(CronJob.class, "fast-scanner-scan"));
    }

    @AfterAll
    static void stop() {
        service.stop();
    }

    @BeforeEach
    void reset() {
        service.resetAll();
    }

    @Test
    void theSlotIsTheScheduledTimeInTheJobsNameNotTheClock() throws Exception {
        answer(okJson("{\"success\":true,\"scanId\":\"scan-1\",\"message\":\"" + COMPLETE + "\",\"count\":20}"));
        Instant scheduled = Instant.parse("2026-04-21T00:45:00Z");

        Run run = run("fast-scanner-scan-" + scheduled.getEpochSecond() / 60);

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("slot 2026-04-21T00:45:00Z: " + COMPLETE);
        service.verify(
                1,
                postRequestedFor(urlEqualTo(PATH))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                        .withRequestBody(equalToJson("{\"trigger\":\"schedule\",\"slot\":\"2026-04-21T00:45:00Z\"}")));
    }

    @Test
    void aJobMadeByHandTakesTheCurrentSlot() throws Exception {
        answer(okJson("{\"success\":true,\"message\":\"" + COMPLETE + "\"}"));
        Instant before = currentSlot();

        Run run = run("fast-scanner-scan-manual-1");

        Instant after = currentSlot();
        assertThat(run.exit()).as(run.output()).isZero();
        String body = service.findAll(postRequestedFor(urlEqualTo(PATH))).get(0).getBodyAsString();
        assertThat(new ObjectMapper().readTree(body).get("slot").asText()).isIn(before.toString(), after.toString());
    }

    @Test
    void aScanThatFailedFailsTheJob() throws Exception {
        String failed = "{\"success\": false, \"message\": \"scan failed\"}";
        answer(okJson(failed));

        Run run = run("fast-scanner-scan-29613645");

        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.output()).contains(failed);
    }

    @Test
    void anErrorStatusFailsTheJob() throws Exception {
        String unavailable = "{\"success\":false,\"error\":{\"code\":\"SHUTTING_DOWN\",\"message\":\"restarting\"}}";
        answer(aResponse().withStatus(503).withBody(unavailable));

        Run run = run("fast-scanner-scan-29613645");

        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("HTTP 503 " + unavailable);
    }

    @Test
    void aSlotScannedAlreadyIsNoFailure() throws Exception {
        String taken = "{\"success\":false,\"error\":{\"code\":\"SLOT_TAKEN\",\"message\":\"scanned already\"}}";
        answer(aResponse().withStatus(409).withBody(taken));

        Run run = run("fast-scanner-scan-29613645");

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("scanned already (" + taken + ")");
    }

    @Test
    void noAnswerFailsTheJob() throws Exception {
        answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        Run run = run("fast-scanner-scan-29613645");

        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("no answer");
    }

    private static void answer(ResponseDefinitionBuilder answer) {
        service.stubFor(post(urlEqualTo(PATH)).willReturn(answer));
    }

    private static Instant currentSlot() {
        long now = Instant.now().getEpochSecond();
        return Instant.ofEpochSecond(now - now % 900);
    }

    /** The container's command and arguments, with the pod's environment but for the service's address. */
    private static Run run(String jobName) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(job.getCommand());
        command.addAll(job.getArgs());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JOB_NAME", jobName);
        builder.environment().put("SCANNER_URL", service.baseUrl());
        builder.environment().put("SCANNER_API_TOKEN", TOKEN);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the script ended").isTrue();
        return new Run(process.exitValue(), output);
    }

    private record Run(int exit, String output) {}
}
