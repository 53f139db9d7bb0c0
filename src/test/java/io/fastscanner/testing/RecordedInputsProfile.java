package io.fastscanner.testing;

import io.fastscanner.scannerapi.ScannerApiWireMock;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Inputs recorded outside the service instead of the bundled ones: the replay source reads the real 2022 candles of
 * {@code src/test/resources/replay-2022} ({@code ReplayDirectoryScanTest}), and the scanner_api second opinion is
 * on, answered by WireMock with the Python service's recorded answers ({@link ScannerApiWireMock},
 * {@code ScannerApiServiceTest}; the other profiles keep it off). Neither test depends on the other's setting, so
 * they share this one start of the application.
 */
public class RecordedInputsProfile implements QuarkusTestProfile {

    public static final Path REPLAY_DIR = Path.of("src/test/resources/replay-2022");

    @Override
    public Map<String, String> getConfigOverrides() {
        // No ML model: its training would spend seconds of the short scanner_api bound before a symbol is analysed.
        return Map.of("scanner.replay.dir", REPLAY_DIR.toAbsolutePath().toString(), "scanner.ml.enabled", "false");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ScannerApiWireMock.class));
    }
}
