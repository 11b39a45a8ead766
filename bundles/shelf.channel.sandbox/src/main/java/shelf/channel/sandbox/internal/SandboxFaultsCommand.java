package shelf.channel.sandbox.internal;

import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.shell.CurrentUser;
import shelf.api.shell.Table;

/** {@code sandbox:faults CHANNEL|all [--timeout P] [--lost-response P] [--busy P] [--qps N] [--latency MS] …}. */
@Component(service = SandboxFaultsCommand.class)
@GogoCommand(scope = "sandbox", function = "faults")
public class SandboxFaultsCommand {
    @Reference
    Sandbox sandbox;

    @Reference
    CurrentUser currentUser;

    @Reference
    AuditLog audit;

    @Descriptor("inject faults into one simulated marketplace or all: options not given keep their value")
    public void faults(CommandSession session,
            @Descriptor("share of requests dropped unanswered and not carried out (0.1, or '10%' quoted)")
            @Parameter(names = "--timeout", absentValue = "") String timeout,
            @Descriptor("share of requests carried out whose answer never arrives")
            @Parameter(names = "--lost-response", absentValue = "") String lostResponse,
            @Descriptor("share of requests answered with the platform's system-busy error")
            @Parameter(names = "--busy", absentValue = "") String busy,
            @Descriptor("requests per second above which the platform's rate-limit error is answered (0 = no limit)")
            @Parameter(names = "--qps", absentValue = "") String qps,
            @Descriptor("milliseconds added before every answer")
            @Parameter(names = "--latency", absentValue = "") String latency,
            @Descriptor("seconds an access token issued from now on lives")
            @Parameter(names = "--token-ttl", absentValue = "") String tokenTtl,
            @Descriptor("expire every access token issued so far, now")
            @Parameter(names = "--expire-tokens", presentValue = "true", absentValue = "false") boolean expireTokens,
            @Descriptor("start from no faults")
            @Parameter(names = "--clear", presentValue = "true", absentValue = "false") boolean clear,
            @Descriptor("weidian, taobao, pinduoduo, douyin, wechat, or all") String channel) {
        FaultChange change = new FaultChange(FaultChange.probability("--timeout", timeout),
                FaultChange.probability("--lost-response", lostResponse), FaultChange.probability("--busy", busy),
                FaultChange.whole("--qps", qps), FaultChange.whole("--latency", latency),
                FaultChange.whole("--token-ttl", tokenTtl), clear);
        String name = currentUser.of(session).name();
        List<String> before = sandbox.markets(channel).stream().map(m -> m.channel() + ": " + m.faults.describe()).toList();
        sandbox.change(channel, change, expireTokens);
        Table table = new Table("Channel", "Faults");
        sandbox.markets(channel).forEach(market -> table.row(market.channel(), market.faults.describe()));
        audit.append(AuditEntry.of(name, "sandbox:faults", List.of("sandbox:" + channel), String.join("; ", before),
                String.join("; ", sandbox.markets(channel).stream().map(m -> m.channel() + ": " + m.faults.describe())
                        .toList()), expireTokens ? "access tokens expired" : ""));
        System.out.print(table);
        if (expireTokens) {
            System.out.println("access tokens expired: the next call of each adapter refreshes its token");
        }
    }
}
