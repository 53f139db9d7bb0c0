package io.fastscanner.deploy;

import static io.fastscanner.deploy.Manifests.container;
import static io.fastscanner.deploy.Manifests.env;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests that {@code ./mvnw package} wrote (target/kubernetes/kubernetes.yml): valid for the Kubernetes API,
 * and what the service needs to run as several replicas with the CronJob owning the schedule.
 */
class GeneratedManifestIT {

    private static final int SLOT_SECONDS = 15 * 60;

    private static Manifests manifests;
    private static Deployment service;
    private static CronJob scan;

    @BeforeAll
    static void read() {
        assertThat(Manifests.GENERATED).as("written by ./mvnw package").exists();
        manifests = StrictManifests.read(Manifests.GENERATED);
        service = manifests.one(Deployment.class, "fast-scanner");
        scan = manifests.one(CronJob.class, "fast-scanner-scan");
    }

    @Test
    void theServiceRunsAsTwoReplicasProbedOnItsHealthEndpoints() {
        Container app = container(service);
        assertThat(service.getSpec().getReplicas()).isEqualTo(2);
        assertThat(app.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
        assertThat(app.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
        assertThat(app.getReadinessProbe().getHttpGet().getPort().getIntVal())
                .isEqualTo(app.getPorts().get(0).getContainerPort())
                .isEqualTo(8080);

        // The API server takes a string here only as a percentage ("25%"): "1" would be refused
        RollingUpdateDeployment rollout = service.getSpec().getStrategy().getRollingUpdate();
        assertThat(rollout.getMaxSurge()).isEqualTo(new IntOrString(1));
        assertThat(rollout.getMaxUnavailable()).isEqualTo(new IntOrString(0));
    }

    @Test
    void podsGetLongerToStopThanTheServicesOwnShutdown() throws IOException {
        Properties config = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src", "main", "resources", "application.properties"))) {
            config.load(in);
        }
        Duration shutdown = duration(config.getProperty("quarkus.shutdown.delay"))
                .plus(duration(config.getProperty("quarkus.shutdown.timeout")));

        assertThat(service.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
                .isGreaterThan(shutdown.toSeconds());
    }

    @Test
    void theReplicasShareRedisAndLeaveTheScheduleToTheCronJob() {
        Container app = container(service);
        assertThat(env(app, "SCANNER_STORE").getValue()).isEqualTo("redis");
        assertThat(env(app, "SCANNER_SCHEDULE_ENABLED").getValue()).isEqualTo("false");

        Service redis = manifests.one(Service.class, "fast-scanner-redis");
        assertThat(env(app, "QUARKUS_REDIS_HOSTS").getValue())
                .isEqualTo("redis://fast-scanner-redis:"
                        + redis.getSpec().getPorts().get(0).getPort());
        assertThat(selects(redis, manifests.one(Deployment.class, "fast-scanner-redis")))
                .isTrue();
    }

    @Test
    void theServiceSelectsTheServicesPodsAndNoOthers() {
        Service http = manifests.one(Service.class, "fast-scanner");
        assertThat(manifests.all(Deployment.class))
                .filteredOn(d -> selects(http, d))
                .containsExactly(service);
        assertThat(selects(
                        http,
                        scan.getSpec()
                                .getJobTemplate()
                                .getSpec()
                                .getTemplate()
                                .getMetadata()
                                .getLabels()))
                .isFalse();
    }

    @Test
    void theContainerHasTheMeasuredJvmOptionsAndMemory() throws IOException {
        Container app = container(service);
        assertThat(env(app, "JAVA_OPTS_APPEND").getValue())
                .as("the options Dockerfile.jvm sets")
                .isEqualTo(dockerfileEnv("JAVA_OPTS_APPEND"))
                .contains("-Xmx224m", "-XX:TieredStopAtLevel=1", "-XX:AOTCache=/deployments/app.aot")
                .as("run-java.sh adds GC_CONTAINER_OPTIONS: a second GC option stops the JVM")
                .doesNotContainPattern("-XX:\\+Use\\w*GC");
        assertThat(env(app, "GC_CONTAINER_OPTIONS").getValue())
                .isEqualTo(dockerfileEnv("GC_CONTAINER_OPTIONS"))
                .isEqualTo("-XX:+UseSerialGC");

        Map<String, Quantity> limits = app.getResources().getLimits();
        assertThat(app.getResources().getRequests()).containsEntry("memory", limits.get("memory"));
        assertThat(Quantity.getAmountInBytes(limits.get("memory")).longValue())
                .as("a heap of 224 MiB and the rest of the 400 MB the benchmarks measured")
                .isGreaterThanOrEqualTo(400_000_000L);
    }

    @Test
    void theApiTokenComesFromTheSecretForTheServiceAndTheCronJob() {
        SecretKeySelector forService =
                env(container(service), "SCANNER_API_TOKEN").getValueFrom().getSecretKeyRef();
        SecretKeySelector forScan =
                env(container(scan), "SCANNER_API_TOKEN").getValueFrom().getSecretKeyRef();

        assertThat(forScan).isEqualTo(forService);
        assertThat(manifests.one(Secret.class, forService.getName()).getStringData())
                .containsKey(forService.getKey());
    }

    @Test
    void anUpdateSelectedByTheNameLabelLeavesTheTokenAlone() {
        // docs/operations.md: kubectl apply -f target/kubernetes/kubernetes.yml -l app.kubernetes.io/name
        assertThat(manifests.resources())
                .filteredOn(r -> !r.getMetadata().getLabels().containsKey("app.kubernetes.io/name"))
                .extracting(r -> r.getKind() + " " + r.getMetadata().getName())
                .containsExactly("Secret fast-scanner-api-token");
    }

    @Test
    void theCronJobOwnsTheFifteenMinuteSchedule() {
        CronJobSpec cron = scan.getSpec();
        JobSpec job = cron.getJobTemplate().getSpec();
        assertThat(cron.getSchedule()).isEqualTo("*/15 * * * *");
        assertThat(cron.getTimeZone()).isEqualTo("Etc/UTC");
        assertThat(cron.getConcurrencyPolicy()).isEqualTo("Forbid");
        assertThat(cron.getSuccessfulJobsHistoryLimit()).isPositive();
        assertThat(cron.getFailedJobsHistoryLimit()).isPositive();
        assertThat(job.getBackoffLimit()).isEqualTo(1);
        assertThat(job.getTtlSecondsAfterFinished()).isPositive();
        assertThat(job.getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");

        // Every attempt of a slot has started and ended before the next slot begins
        assertThat(job.getActiveDeadlineSeconds()).isLessThan(SLOT_SECONDS);
        assertThat(cron.getStartingDeadlineSeconds() + job.getActiveDeadlineSeconds())
                .isLessThan(SLOT_SECONDS);
    }

    @Test
    void theCronJobCallsTheServiceWithTheSlotOfItsJob() {
        Container job = container(scan);
        Service http = manifests.one(Service.class, "fast-scanner");
        assertThat(http.getSpec().getPorts().get(0).getPort()).isEqualTo(80);
        assertThat(env(job, "SCANNER_URL").getValue())
                .isEqualTo("http://" + http.getMetadata().getName());

        EnvVar jobName = env(job, "JOB_NAME");
        assertThat(jobName.getValueFrom().getFieldRef().getFieldPath())
                .isEqualTo("metadata.labels['batch.kubernetes.io/job-name']");
        // The script reads the scheduled time from the name the CronJob gives its Jobs: <CronJob name>-<minutes>
        assertThat(String.join("\n", job.getArgs()))
                .contains("${JOB_NAME#" + scan.getMetadata().getName() + "-}");
    }

    private static boolean selects(Service service, Deployment deployment) {
        return selects(service, deployment.getSpec().getTemplate().getMetadata().getLabels());
    }

    private static boolean selects(Service service, Map<String, String> podLabels) {
        return podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet());
    }

    private static String dockerfileEnv(String name) throws IOException {
        Matcher value = Pattern.compile("(?m)^ENV " + name + "=\"([^\"]*)\"")
                .matcher(Files.readString(Path.of("Dockerfile.jvm")));
        assertThat(value.find()).as(name + " in Dockerfile.jvm").isTrue();
        return value.group(1);
    }

    private static Duration duration(String value) {
        return Duration.parse("PT" + value.toUpperCase(Locale.ROOT));
    }
}
