package shelf.core.internal.command;

import java.util.Arrays;
import java.util.Comparator;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import shelf.api.shell.Table;

@Component(service = BundleListCommand.class)
@GogoCommand(scope = "bundle", function = "list")
public class BundleListCommand {
    private final BundleContext context;

    @Activate
    public BundleListCommand(BundleContext context) {
        this.context = context;
    }

    @Descriptor("list the installed bundles: id, state, start level, symbolic name, version")
    public void list() {
        Table table = new Table("ID", "State", "Level", "Name", "Version");
        Arrays.stream(context.getBundles())
                .sorted(Comparator.comparingLong(Bundle::getBundleId))
                .forEach(b -> table.row(b.getBundleId(), BundleArgument.state(b), startLevel(b),
                        b.getSymbolicName(), b.getVersion()));
        System.out.print(table);
    }

    private static Object startLevel(Bundle bundle) {
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        return level == null ? "" : level.getStartLevel();
    }
}
