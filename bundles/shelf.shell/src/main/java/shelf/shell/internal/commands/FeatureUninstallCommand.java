package shelf.shell.internal.commands;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.runtime.FeatureDetail;
import shelf.api.runtime.FeatureException;
import shelf.api.runtime.FeatureService;
import shelf.api.shell.Complete;

@Component(service = FeatureUninstallCommand.class)
@GogoCommand(scope = "feature", function = "uninstall")
public class FeatureUninstallCommand {
    @Reference
    FeatureService features;

    @Descriptor("uninstall a feature: its bundles that no other installed feature needs are removed")
    public void uninstall(@Descriptor("feature name") @Complete("feature") String name) throws FeatureException {
        if (!features.info(name).map(f -> f.summary().installed()).orElseThrow(() -> FeatureNames.unknown(name))) {
            System.out.println("Feature " + name + " is not installed");
            return;
        }
        FeatureDetail detail = features.uninstall(name);
        System.out.println("Uninstalled feature " + detail.summary().name() + " " + detail.summary().version());
    }
}
