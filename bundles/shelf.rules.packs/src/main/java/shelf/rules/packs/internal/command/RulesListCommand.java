package shelf.rules.packs.internal.command;

import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.rules.PackVersion;
import shelf.api.rules.RulePackLibrary;
import shelf.api.shell.Table;

/** {@code rules:list}: every installed version of every rule pack, and which one runs. */
@Component(service = RulesListCommand.class)
@GogoCommand(scope = "rules", function = "list")
public class RulesListCommand {
    @Reference
    RulePackLibrary library;

    @Descriptor("list the rule packs: id, version, where each came from, how many rules, and which version is active")
    public void list() {
        List<PackVersion> versions = library.versions();
        if (versions.isEmpty()) {
            System.out.println("No rule packs — feature:install rules, or drop a NAME.rules.json into the deploy folder");
            return;
        }
        Table table = new Table("Id", "Version", "Source", "Rules", "Active");
        versions.forEach(v -> table.row(v.id(), v.version(), v.source(), v.rules() < 0 ? "java" : String.valueOf(v.rules()),
                v.active() ? "yes" : ""));
        System.out.print(table);
    }
}
