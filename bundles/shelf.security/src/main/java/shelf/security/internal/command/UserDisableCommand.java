package shelf.security.internal.command;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.shell.CurrentUser;
import shelf.api.security.UserStoreException;
import shelf.api.security.Users;

@Component(service = UserDisableCommand.class)
@GogoCommand(scope = "user", function = "disable")
public class UserDisableCommand {
    @Reference
    Users users;

    @Reference
    CurrentUser currentUser;

    @Descriptor("refuse every later login of a user (sessions already open keep running)")
    public void disable(CommandSession session, @Descriptor("the login name") String name) throws UserStoreException {
        users.disable(name, currentUser.of(session));
        System.out.println("Disabled " + name);
    }
}
