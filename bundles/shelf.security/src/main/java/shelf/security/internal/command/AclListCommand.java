package shelf.security.internal.command;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.security.CommandAccess;
import shelf.api.security.Role;
import shelf.api.shell.Table;

@Component(service = AclListCommand.class)
@GogoCommand(scope = "acl", function = "list")
public class AclListCommand {
    @Reference
    CommandAccess access;

    @Descriptor("list every registered command with the roles that may run it and where that rule comes from "
            + "(default table, etc/shelf.command.acl.properties, or none: admin only)")
    public void list(CommandSession session) {
        Table table = new Table("Command", "Roles", "From");
        java.util.Set<String> names = new java.util.TreeSet<>();
        if (session.get(".commands") instanceof java.util.Collection<?> all) {
            all.forEach(name -> names.add(String.valueOf(name)));
        }
        for (String command : names) {
            CommandAccess.Entry entry = access.entry(command);
            String roles = entry.roles().isEmpty() ? "admin"
                    : String.join(",", entry.roles().stream().sorted().map(Role::id).toList()) + ",admin";
            table.row(command, roles, entry.source());
        }
        System.out.print(table);
    }
}
