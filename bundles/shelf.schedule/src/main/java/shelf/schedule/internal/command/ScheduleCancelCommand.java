package shelf.schedule.internal.command;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.shell.CurrentUser;
import shelf.api.publish.PublishException;
import shelf.api.schedule.PublishSchedule;
import shelf.api.schedule.ScheduledPublish;

/** {@code schedule:cancel ID}. */
@Component(service = ScheduleCancelCommand.class)
@GogoCommand(scope = "schedule", function = "cancel")
public class ScheduleCancelCommand {
    @Reference
    PublishSchedule schedule;

    @Reference
    CurrentUser currentUser;

    @Descriptor("cancel a scheduled publish that has not run yet")
    public void cancel(CommandSession session, @Descriptor("the schedule id (see schedule:list)") long id) throws PublishException {
        ScheduledPublish cancelled = schedule.cancel(currentUser.of(session), id);
        System.out.println("cancelled scheduled publish " + id + " of " + cancelled.what() + " at "
                + ScheduleListCommand.TIME.format(cancelled.at()));
    }
}
