package shelf.channel.sandbox.internal;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import shelf.api.channel.ChannelAdapter;
import shelf.channel.testkit.ChannelContract;
import shelf.channel.testkit.PlatformDouble;

/**
 * The channel contract kit run by one real adapter against its simulator in a sandbox of its own. The
 * adapters' own modules cannot run it: the sandbox's tests already depend on them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SandboxContract extends ChannelContract {
    private final String channel;
    private Sandbox sandbox;
    private ChannelAdapter adapter;

    SandboxContract(String channel) {
        this.channel = channel;
    }

    @BeforeAll
    void startSandbox() throws Exception {
        sandbox = Simulators.sandbox(Map.of());
        adapter = Simulators.adapter(channel, sandbox);
    }

    @AfterAll
    void stopSandbox() {
        sandbox.deactivate();
    }

    @Override
    protected ChannelAdapter adapter() {
        return adapter;
    }

    @Override
    protected PlatformDouble platform() {
        return new SandboxPlatform(sandbox, channel);
    }
}
