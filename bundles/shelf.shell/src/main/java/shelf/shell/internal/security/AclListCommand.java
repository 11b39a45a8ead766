package shelf.shell.internal.security;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.security.CommandAccess;
import shelf.api.security.Role;
import shelf.api.shell.Table;
import shelf.shell.internal.console.CommandCatalog;

@Component(service = AclListCommand.class)
@GogoCommand(scope = "acl", function = "list")
public class AclListCommand {
    @Reference
    CommandAccess access;

    @Descriptor("list every registered command with the roles that may run it and where that rule comes from "
            + "(default table, etc/shelf.command.acl.properties, or none: admin only)")
    public void list(CommandSession session) {
        Table table = new Table("Command", "Roles", "From");
        for (String command : CommandCatalog.names(session)) {
            CommandAccess.Entry entry = access.entry(command);
            String roles = entry.roles().isEmpty() ? "admin"
                    : String.join(",", entry.roles().stream().sorted().map(Role::id).toList()) + ",admin";
            table.row(command, roles, entry.source());
        }
        System.out.print(table);
    }
}
