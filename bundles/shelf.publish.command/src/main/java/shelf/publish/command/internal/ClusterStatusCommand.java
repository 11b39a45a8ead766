package shelf.publish.command.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.publish.NodeStatus;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishService;
import shelf.api.shell.CurrentUser;
import shelf.api.shell.Table;

/** {@code cluster:status}: the Shelf processes working on the catalogue's jobs, what each holds, when each was last seen. */
@Component(service = ClusterStatusCommand.class)
@GogoCommand(scope = "cluster", function = "status")
public class ClusterStatusCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Reference
    PublishService publishing;

    @Reference
    CurrentUser currentUser;

    @Descriptor("show the nodes (Shelf processes) publishing from this catalogue: live or gone, the jobs each holds, when each was last seen")
    public void status(CommandSession session) throws PublishException {
        var nodes = publishing.nodes(currentUser.of(session));
        Instant now = Instant.now();
        Table table = new Table("Node", "This", "State", "Started", "Last seen", "Holds");
        for (NodeStatus node : nodes) {
            String holds = node.held() == 0 ? "no jobs" : node.held() + " jobs (" + node.holds().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")";
            table.row(node.id(), node.self() ? "yes" : "", node.live() ? "live" : "gone", TIME.format(node.startedAt()),
                    TIME.format(node.seenAt()) + " (" + ago(Duration.between(node.seenAt(), now)) + ")", holds);
        }
        System.out.print(table);
        long live = nodes.stream().filter(NodeStatus::live).count();
        System.out.println(live + " of " + nodes.size() + " nodes live" + (live < nodes.size()
                ? "; the jobs a gone node held go back to the queue when their leases run out" : ""));
    }

    private static String ago(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s < 120 ? s + " s ago" : s / 60 + " min ago";
    }
}
