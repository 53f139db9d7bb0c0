package io.fastscanner.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/** The resources of one or more manifest files, read by {@link StrictManifests}. */
record Manifests(List<HasMetadata> resources) {

    /** The manifests that {@code ./mvnw package} writes. */
    static final Path GENERATED = Path.of("target", "kubernetes", "kubernetes.yml");
    /** Where the resources that Quarkus merges into {@link #GENERATED} come from. */
    static final Path SOURCES = Path.of("src", "main", "kubernetes");

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return resources.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> kind, String name) {
        List<T> named = all(kind).stream()
                .filter(r -> name.equals(r.getMetadata().getName()))
                .toList();
        if (named.size() != 1) {
            throw new NoSuchElementException(named.size() + " " + kind.getSimpleName() + " named " + name + " in "
                    + resources.stream()
                            .map(r -> r.getKind() + " " + r.getMetadata().getName())
                            .collect(Collectors.joining(", ")));
        }
        return named.get(0);
    }

    static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    static Container container(CronJob cronJob) {
        return cronJob.getSpec()
                .getJobTemplate()
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0);
    }

    static EnvVar env(Container container, String name) {
        return container.getEnv().stream()
                .filter(e -> name.equals(e.getName()))
                .findFirst()
                .orElseThrow(
                        () -> new NoSuchElementException("no env " + name + " in container " + container.getName()));
    }
}
