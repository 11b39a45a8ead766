package shelf.provisioning.internal.command;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.runtime.FeatureDetail;
import shelf.api.runtime.FeatureException;
import shelf.api.runtime.FeatureService;
import shelf.api.shell.CurrentUser;
import shelf.api.shell.Complete;

@Component(service = FeatureUninstallCommand.class)
@GogoCommand(scope = "feature", function = "uninstall")
public class FeatureUninstallCommand {
    @Reference
    FeatureService features;

    @Reference
    CurrentUser currentUser;

    @Reference
    AuditLog audit;

    @Descriptor("uninstall a feature: its bundles that no other installed feature needs are removed")
    public void uninstall(CommandSession session, @Descriptor("feature name") @Complete("feature") String name) throws FeatureException {
        if (!features.info(name).map(f -> f.summary().installed()).orElseThrow(() -> FeatureNames.unknown(name))) {
            System.out.println("Feature " + name + " is not installed");
            return;
        }
        FeatureDetail detail = features.uninstall(name);
        audit.append(AuditEntry.of(currentUser.of(session).name(), "feature:uninstall", java.util.List.of("feature:" + name),
                detail.summary().version(), "", ""));
        System.out.println("Uninstalled feature " + detail.summary().name() + " " + detail.summary().version());
    }
}
