package io.fastscanner.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fastscanner.deploy.StrictManifests.InvalidManifestException;
import org.junit.jupiter.api.Test;

/** What the manifest check refuses: each mistake below, which the API server or kubectl would refuse too. */
class StrictManifestsTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app: demo
              template:
                metadata:
                  labels:
                    app: demo
                spec:
                  containers:
                    - name: demo
                      image: demo:1
                      args: ["--appendonly", "no"]
                      readinessProbe:
                        httpGet:
                          path: /q/health/ready
                          port: 8080
                      resources:
                        limits:
                          cpu: 2
                          memory: 512Mi
            """;

    private static final String CRON_JOB = """
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: demo
            spec:
              schedule: "*/15 * * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                        - name: demo
                          image: demo:1
                          env:
                            - name: TOKEN
                              valueFrom:
                                secretKeyRef:
                                  name: demo
                                  key: token
            """;

    @Test
    void aCorrectManifestIsReadIntoTheModel() {
        Manifests manifests = StrictManifests.read(DEPLOYMENT + "---\n" + CRON_JOB, "test");

        Deployment deployment = manifests.one(Deployment.class, "demo");
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        assertThat(Manifests.container(deployment).getResources().getLimits().get("cpu"))
                .hasToString("2");
        assertThat(Manifests.env(Manifests.container(manifests.one(CronJob.class, "demo")), "TOKEN")
                        .getValueFrom()
                        .getSecretKeyRef()
                        .getKey())
                .isEqualTo("token");
    }

    @Test
    void aMisspeltTopLevelFieldFails() {
        assertRefused(DEPLOYMENT.replace("  replicas: 2", "  replicaz: 2"), "replicaz");
    }

    @Test
    void aMisspeltFieldDeepInsideFails() {
        assertRefused(DEPLOYMENT.replace("path: /q/health/ready", "paht: /q/health/ready"), "paht");
        assertRefused(CRON_JOB.replace("key: token", "kee: token"), "kee");
    }

    @Test
    void aFieldAtTheWrongLevelFails() {
        // restartPolicy belongs to the pod, not to the Job
        assertRefused(
                CRON_JOB.replace("          restartPolicy: Never\n", "")
                        .replace("      template:\n", "      restartPolicy: Never\n      template:\n"),
                "restartPolicy");
    }

    @Test
    void aYamlBooleanOrNumberWhereAStringBelongsFails() {
        assertRefused(DEPLOYMENT.replace("\"no\"", "no"), "Boolean");
        assertRefused(DEPLOYMENT.replace("image: demo:1", "image: 1"), "Integer");
    }

    @Test
    void aFieldTheModelWouldDropFails() {
        // fabric8's model ignores this name (its own catch-all); the API server knows no such field
        assertRefused(
                DEPLOYMENT.replace("  replicas: 2", "  replicas: 2\n  additionalProperties:\n    replicaz: 3"),
                "/spec/additionalProperties");
    }

    @Test
    void aKeyGivenTwiceFails() {
        assertRefused(DEPLOYMENT.replace("  replicas: 2", "  replicas: 2\n  replicas: 3"), "replicas");
    }

    @Test
    void aKindWithoutAModelFails() {
        assertRefused(DEPLOYMENT.replace("kind: Deployment", "kind: Deploymnet"), "apps/v1/Deploymnet");
    }

    private static void assertRefused(String yaml, String named) {
        assertThatThrownBy(() -> StrictManifests.read(yaml, "test"))
                .isInstanceOf(InvalidManifestException.class)
                .hasMessageContaining(named);
    }
}
