package shelf.core.internal.command;

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

@Component(service = FeatureInstallCommand.class)
@GogoCommand(scope = "feature", function = "install")
public class FeatureInstallCommand {
    @Reference
    FeatureService features;

    @Reference
    CurrentUser currentUser;

    @Reference
    AuditLog audit;

    @Descriptor("install a feature and start its bundles; on any failure nothing is left installed")
    public void install(CommandSession session, @Descriptor("feature name") @Complete("feature") String name) throws FeatureException {
        if (features.info(name).map(f -> f.summary().installed()).orElse(false)) {
            System.out.println("Feature " + name + " is already installed");
            return;
        }
        FeatureDetail detail = features.install(name);
        audit.append(AuditEntry.of(currentUser.of(session).name(), "feature:install", java.util.List.of("feature:" + name),
                "", detail.summary().version(), detail.bundles().size() + " bundles"));
        int bundles = detail.bundles().size();
        System.out.println("Installed feature " + detail.summary().name() + " " + detail.summary().version()
                + " (" + bundles + (bundles == 1 ? " bundle)" : " bundles)"));
    }
}
