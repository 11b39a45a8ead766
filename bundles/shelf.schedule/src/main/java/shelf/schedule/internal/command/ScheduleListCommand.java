package shelf.schedule.internal.command;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.shell.CurrentUser;
import shelf.api.publish.PublishException;
import shelf.api.schedule.PublishSchedule;
import shelf.api.schedule.ScheduledPublish;
import shelf.api.shell.Table;

/** {@code schedule:list}: the scheduled publishes, soonest first. */
@Component(service = ScheduleListCommand.class)
@GogoCommand(scope = "schedule", function = "list")
public class ScheduleListCommand {
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Reference
    PublishSchedule schedule;

    @Reference
    CurrentUser currentUser;

    @Descriptor("list the scheduled publishes, soonest first: id, when, what, channels, why it waits and who asked")
    public void list(CommandSession session, @Descriptor("also the ones that ran, failed or were cancelled")
            @Parameter(names = {"--all"}, presentValue = "true", absentValue = "false") boolean all) throws PublishException {
        List<ScheduledPublish> found = schedule.list(currentUser.of(session), all);
        if (found.isEmpty()) {
            System.out.println("No scheduled publishes — publish BATCH --channel C --at 10:00");
            return;
        }
        Table table = new Table("ID", "At", "State", "Publishes", "Channels", "Why", "By", "Outcome");
        found.forEach(s -> table.row(s.id(), TIME.format(s.at()), s.state().name().toLowerCase(java.util.Locale.ROOT),
                s.what(), s.request().channels().isEmpty() ? "all" : String.join(",", s.request().channels()), s.reason(),
                s.request().requestedBy(), s.outcome()));
        System.out.print(table);
    }
}
