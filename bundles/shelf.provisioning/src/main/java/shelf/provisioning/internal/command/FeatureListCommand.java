package shelf.provisioning.internal.command;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.runtime.FeatureService;
import shelf.api.shell.Table;

@Component(service = FeatureListCommand.class)
@GogoCommand(scope = "feature", function = "list")
public class FeatureListCommand {
    @Reference
    FeatureService features;

    @Descriptor("list the features: name, version, whether installed, description")
    public void list() {
        Table table = new Table("Name", "Version", "Installed", "Description");
        features.list().forEach(f -> table.row(f.name(), f.version(), f.installed() ? "yes" : "no", f.description()));
        System.out.print(table);
    }
}
