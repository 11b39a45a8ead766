package shelf.security.internal.command;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.security.UserStoreException;
import shelf.api.security.Users;
import shelf.api.shell.CurrentUser;

@Component(service = UserUnlockCommand.class)
@GogoCommand(scope = "user", function = "unlock")
public class UserUnlockCommand {
    @Reference
    Users users;

    @Reference
    CurrentUser currentUser;

    @Descriptor("let a user locked after failed logins log in again")
    public void unlock(CommandSession session, @Descriptor("the login name") String name) throws UserStoreException {
        users.unlock(name, currentUser.of(session));
        System.out.println("Unlocked " + name + " — the next login starts with no failures counted");
    }
}
