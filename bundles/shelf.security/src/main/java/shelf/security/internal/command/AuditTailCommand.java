package shelf.security.internal.command;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.shell.Table;

@Component(service = AuditTailCommand.class)
@GogoCommand(scope = "audit", function = "tail")
public class AuditTailCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Reference
    AuditLog audit;

    @Descriptor("show the latest changes from the audit trail (SHELF_HOME/data/audit.log), oldest first")
    public void tail(
            @Descriptor("only this user's changes")
            @Parameter(names = {"--user", "-u"}, absentValue = "") String user,
            @Descriptor("only changes since: 2026-11-25, \"2026-11-25 10:00\", 10:00, 30m, 2h, 3d")
            @Parameter(names = {"--since", "-s"}, absentValue = "") String since,
            @Descriptor("show at most this many (default 20, 0 for all)")
            @Parameter(names = {"--limit", "-n"}, absentValue = "20") int limit) throws IOException {
        ZoneId zone = ZoneId.systemDefault();
        Instant from = since.isEmpty() ? null : SinceArgument.parse(since, Instant.now(), zone);
        List<AuditEntry> entries = audit.tail(user, from, Math.max(0, limit));
        if (entries.isEmpty()) {
            System.out.println("No changes recorded" + (user.isEmpty() && since.isEmpty() ? " yet" : " match"));
            return;
        }
        Table table = new Table("Time", "User", "Command", "Objects", "Before → after", "Detail");
        for (AuditEntry e : entries) {
            table.row(TIME.format(e.time().atZone(zone)), e.user(), e.command(), objects(e.objects()),
                    change(e.before(), e.after()), shortened(e.detail(), 40));
        }
        System.out.print(table);
    }

    private static String objects(List<String> objects) {
        return objects.size() <= 2 ? String.join(" ", objects) : objects.get(0) + " +" + (objects.size() - 1);
    }

    /** Digests are shown by their first 8 hex digits; states and short values as they are. */
    private static String change(String before, String after) {
        if (before.isEmpty() && after.isEmpty()) {
            return "";
        }
        return brief(before) + " → " + brief(after);
    }

    private static String brief(String value) {
        if (value.isEmpty()) {
            return "-";
        }
        return value.matches("[0-9a-f]{64}") ? value.substring(0, 8) : shortened(value, 30);
    }

    private static String shortened(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
