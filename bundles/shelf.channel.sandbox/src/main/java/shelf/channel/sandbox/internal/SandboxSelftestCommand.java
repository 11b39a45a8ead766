package shelf.channel.sandbox.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.channel.ChannelAdapter;
import shelf.api.shell.Table;

/** {@code sandbox:selftest [CHANNEL|all]}: every installed adapter that points at the sandbox, driven end to end. */
@Component(service = SandboxSelftestCommand.class)
@GogoCommand(scope = "sandbox", function = "selftest")
public class SandboxSelftestCommand {
    @Reference
    Sandbox sandbox;

    private final Map<String, ChannelAdapter> adapters = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAdapter(ChannelAdapter adapter) {
        adapters.put(adapter.id(), adapter);
    }

    void removeAdapter(ChannelAdapter adapter) {
        adapters.remove(adapter.id(), adapter);
    }

    @Descriptor("drive every channel adapter against the sandbox: create, find by outer id, price, stock, update, delist, lost response, token expiry")
    public void selftest() {
        selftest("all");
    }

    @Descriptor("drive one channel adapter (or all) against the sandbox")
    public void selftest(@Descriptor("weidian, taobao, pinduoduo, douyin, wechat, or all") String channel) {
        List<ChannelAdapter> chosen = new ArrayList<>();
        for (ChannelAdapter adapter : adapters.values()) {
            if (channel.equals("all") || adapter.id().equals(channel)) {
                chosen.add(adapter);
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no channel adapter '" + channel + "' is installed — see feature:list");
        }
        chosen.sort(Comparator.comparingInt(a -> Sandbox.CHANNELS.indexOf(a.id())));
        Table table = new Table("Channel", "Step", "Result", "ms", "Detail");
        int passed = 0;
        int tested = 0;
        for (ChannelAdapter adapter : chosen) {
            if (!adapter.endpoint().startsWith("sandbox")) {
                table.row(adapter.id(), "-", "skipped", 0, "points at " + adapter.endpoint() + ", not at the sandbox");
                continue;
            }
            SelfTest test = new SelfTest(sandbox, adapter);
            test.run().forEach(s -> table.row(s.channel(), s.step(), s.ok() ? "ok" : "FAILED", s.millis(), s.detail()));
            tested++;
            passed += test.passed() ? 1 : 0;
        }
        System.out.print(table);
        System.out.println("selftest: " + passed + " of " + tested + " channels passed");
    }
}
