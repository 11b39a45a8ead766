package com.example.minimall;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import shelf.api.channel.ChannelAdapter;
import shelf.channel.testkit.ChannelContract;
import shelf.channel.testkit.PlatformDouble;

/** The Mini Mall adapter keeps Shelf's channel contract against the Mini Mall double. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MiniMallContractTest extends ChannelContract {
    private MiniMallDouble platform;
    private MiniMallAdapter adapter;

    @BeforeAll
    void start() throws Exception {
        platform = new MiniMallDouble();
        adapter = new MiniMallAdapter(new MiniMallClient(platform.endpoint(), MiniMallDouble.APP_KEY,
                MiniMallDouble.APP_SECRET, Duration.ofSeconds(3)));
    }

    @AfterAll
    void stop() {
        platform.close();
    }

    @Override
    protected ChannelAdapter adapter() {
        return adapter;
    }

    @Override
    protected PlatformDouble platform() {
        return platform;
    }
}
