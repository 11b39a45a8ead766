package shelf.shell.internal.rules;

import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.rules.RulePack;
import shelf.api.shell.Table;

@Component(service = RulesListCommand.class)
@GogoCommand(scope = "rules", function = "list")
public class RulesListCommand {
    private final RulePacks packs = new RulePacks();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPack(RulePack pack, Map<String, Object> properties) {
        packs.add(pack, properties);
    }

    void removePack(RulePack pack) {
        packs.remove(pack);
    }

    @Descriptor("list the rule packs validate runs: id, version, and where each came from (a bundle or the deploy folder)")
    public void list() {
        List<RulePacks.Entry> entries = packs.entries();
        if (entries.isEmpty()) {
            System.out.println("No rule packs — drop a NAME.rules.json into the deploy folder");
            return;
        }
        Table table = new Table("Id", "Version", "Source");
        entries.forEach(e -> table.row(e.pack().id(), e.pack().version(), e.source()));
        System.out.print(table);
    }
}
