package io.fastscanner.scannerapi;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** Turns the scanner_api on against {@link ScannerApiWireMock}; other tests keep it off. */
public class ScannerApiTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ScannerApiWireMock.class));
    }
}
