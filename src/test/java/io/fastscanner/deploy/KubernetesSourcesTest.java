package io.fastscanner.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The resources that Quarkus merges into the generated manifests are valid on their own, so a mistake there fails at
 * the tests, before packaging ({@code GeneratedManifestIT} checks the merged result).
 */
class KubernetesSourcesTest {

    @Test
    void everySourceFileReadsStrictly() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(Manifests.SOURCES)) {
            files = listed.filter(
                            f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        assertThat(files).contains(Manifests.SOURCES.resolve("kubernetes.yml"));
        for (Path file : files) {
            assertThat(StrictManifests.read(file).resources())
                    .as(file.toString())
                    .isNotEmpty();
        }
    }
}
