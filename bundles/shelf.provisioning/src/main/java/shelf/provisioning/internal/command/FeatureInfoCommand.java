package shelf.provisioning.internal.command;

import java.util.Map;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.runtime.FeatureDetail;
import shelf.api.runtime.FeatureService;
import shelf.api.runtime.FeatureSummary;
import shelf.api.shell.Complete;

@Component(service = FeatureInfoCommand.class)
@GogoCommand(scope = "feature", function = "info")
public class FeatureInfoCommand {
    @Reference
    FeatureService features;

    @Descriptor("show a feature: id, description, bundles and configurations")
    public void info(@Descriptor("feature name") @Complete("feature") String name) {
        FeatureDetail detail = features.info(name).orElseThrow(() -> FeatureNames.unknown(name));
        FeatureSummary summary = detail.summary();
        System.out.println("Feature " + summary.name() + " " + summary.version()
                + (summary.installed() ? " (installed)" : " (not installed)"));
        System.out.println("  id: " + summary.id());
        if (!summary.description().isEmpty()) {
            System.out.println("  " + summary.description());
        }
        System.out.println("Bundles:");
        detail.bundles().forEach(b -> System.out.println("  " + b));
        if (!detail.configurations().isEmpty()) {
            System.out.println("Configurations:");
            for (Map.Entry<String, Map<String, Object>> pid : detail.configurations().entrySet()) {
                System.out.println("  " + pid.getKey());
                pid.getValue().forEach((key, value) -> System.out.println("    " + key + " = " + value));
            }
        }
    }
}
