package io.fastscanner.marketdata.binance;

import java.util.List;

/**
 * {@link BinanceTestProfile} with {@code scanner.store=redis} ({@link SharedRedisResource}): the weight budget, the
 * pause and the ban are those every replica shares.
 */
public class SharedBudgetProfile extends BinanceTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(BinanceWireMockResource.class), new TestResourceEntry(SharedRedisResource.class));
    }
}
