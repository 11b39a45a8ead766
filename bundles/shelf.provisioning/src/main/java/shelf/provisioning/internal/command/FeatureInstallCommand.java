package shelf.provisioning.internal.command;

import java.util.List;

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

    @Descriptor("install a feature and start its bundles (or repair one whose bundles were uninstalled by hand); on any failure nothing is left installed")
    public void install(CommandSession session, @Descriptor("feature name") @Complete("feature") String name) throws FeatureException {
        boolean installed = features.info(name).map(f -> f.summary().installed()).orElse(false);
        List<String> missing = installed ? features.missingBundles(name) : List.of();
        if (installed && missing.isEmpty()) {
            System.out.println("Feature " + name + " is already installed");
            return;
        }
        FeatureDetail detail = features.install(name);
        int bundles = detail.bundles().size();
        if (installed) {
            audit.append(AuditEntry.of(currentUser.of(session).name(), "feature:install", List.of("feature:" + name),
                    detail.summary().version(), detail.summary().version(), "repaired: " + String.join(", ", missing)));
            System.out.println("Repaired feature " + detail.summary().name() + " " + detail.summary().version()
                    + ": installed again " + String.join(", ", missing));
            return;
        }
        audit.append(AuditEntry.of(currentUser.of(session).name(), "feature:install", List.of("feature:" + name),
                "", detail.summary().version(), bundles + " bundles"));
        System.out.println("Installed feature " + detail.summary().name() + " " + detail.summary().version()
                + " (" + bundles + (bundles == 1 ? " bundle)" : " bundles)"));
    }
}
