package shelf.core.internal.feature;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.runtime.FeatureDetail;
import shelf.api.runtime.FeatureException;
import shelf.api.runtime.FeatureService;
import shelf.api.security.Subject;
import shelf.core.internal.framework.ShelfProperties;

/**
 * Installs the features named by the framework property {@value #PROPERTY} (the importers, say) the first
 * time an instance starts, as Karaf's featuresBoot does. Later starts leave the choice to the operator:
 * a feature uninstalled stays uninstalled. It runs while shelf.core starts, before the shell opens its
 * socket, so the first command of a fresh instance already finds them.
 */
@Component(immediate = true)
public class BootFeatures {
    public static final String PROPERTY = "shelf.features.boot";
    private static final System.Logger LOG = System.getLogger(BootFeatures.class.getName());

    @Reference
    FeatureService features;

    /** A boot feature is a change nobody typed: audited as done by "system". */
    @Reference
    AuditLog audit;

    @Activate
    void activate(BundleContext context) {
        ShelfProperties properties = new ShelfProperties(context);
        Path remembered = properties.home().resolve("data").resolve(InstalledFeatures.FILE_NAME);
        if (Files.exists(remembered)) {
            return;
        }
        for (String name : names(context.getProperty(PROPERTY))) {
            try {
                FeatureDetail detail = features.install(name);
                audit.append(AuditEntry.of(Subject.SYSTEM.name(), "feature:install", List.of("feature:" + name), "",
                        detail.summary().version(), detail.bundles().size() + " bundles, boot feature of a new home"));
            } catch (FeatureException | RuntimeException e) {
                // One feature that cannot install must not keep the runtime or the other features from starting.
                LOG.log(Level.ERROR, "boot feature {0} was not installed: {1}", name, e.getMessage());
            }
        }
    }

    static List<String> names(String property) {
        return property == null ? List.of()
                : Arrays.stream(property.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
