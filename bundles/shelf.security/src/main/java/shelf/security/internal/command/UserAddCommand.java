package shelf.security.internal.command;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.User;
import shelf.api.security.UserStoreException;
import shelf.api.security.Users;
import shelf.api.shell.CurrentUser;

@Component(service = UserAddCommand.class)
@GogoCommand(scope = "user", function = "add")
public class UserAddCommand {
    @Reference
    Users users;

    @Reference
    CurrentUser subjects;

    @Descriptor("add a user; the password comes from SHELF_NEW_PASSWORD, else it is asked for (twice)")
    public void add(CommandSession session,
            @Descriptor("roles, comma-separated: editor, reviewer, ops, admin")
            @Parameter(names = {"--role", "-r"}, absentValue = "") String roles,
            @Descriptor("the merchants the user sees, comma-separated (default: all)")
            @Parameter(names = {"--merchant", "-m"}, absentValue = "") String merchants,
            @Descriptor("the category prefixes the user sees, comma-separated (default: all)")
            @Parameter(names = {"--category", "-c"}, absentValue = "") String categories,
            @Descriptor("the login name") String name) throws UserStoreException {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        for (String role : split(roles)) {
            parsed.add(Role.of(role));
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("give the user a role: user:add " + name + " --role editor");
        }
        User user = users.add(name, parsed, new DataScope(Set.copyOf(split(merchants)), split(categories)),
                subjects.newPassword(session, name), subjects.of(session));
        System.out.println("Added " + user.name() + " (" + String.join(", ", user.roles().stream().sorted()
                .map(Role::id).toList()) + "; sees " + user.scope().describe() + ")");
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split("[,，]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
