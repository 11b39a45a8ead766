package shelf.security.internal.command;

import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.security.Role;
import shelf.api.security.User;
import shelf.api.security.UserStoreException;
import shelf.api.security.Users;
import shelf.api.shell.Table;

@Component(service = UserListCommand.class)
@GogoCommand(scope = "user", function = "list")
public class UserListCommand {
    @Reference
    Users users;

    @Descriptor("list the users: roles, the merchants and categories each sees, whether disabled or locked")
    public void list() throws UserStoreException {
        List<User> all = users.list();
        Table table = new Table("User", "Roles", "Merchants", "Categories", "State", "Added by");
        for (User u : all) {
            table.row(u.name(), String.join(",", u.roles().stream().sorted().map(Role::id).toList()),
                    u.scope().merchants().isEmpty() ? "all" : String.join(",", u.scope().merchants().stream().sorted().toList()),
                    u.scope().categoryPrefixes().isEmpty() ? "all" : String.join(",", u.scope().categoryPrefixes()),
                    state(u), u.createdBy());
        }
        System.out.print(table);
    }

    private static String state(User u) {
        if (u.disabled() && u.locked()) {
            return "disabled, locked";
        }
        return u.disabled() ? "disabled" : u.locked() ? "locked" : "active";
    }
}
