package shelf.provisioning.internal.feature;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.runtime.FeatureDetail;
import shelf.api.runtime.FeatureException;
import shelf.api.security.Subject;
import shelf.provisioning.internal.framework.ShelfProperties;

/**
 * Installs the features named by the framework property {@value #PROPERTY} (the importers, say) the first
 * time an instance starts, as Karaf's featuresBoot does; a boot feature a newer distribution adds is installed
 * once, on the first start with it. Otherwise later starts leave the choice to the operator: a feature
 * uninstalled stays uninstalled. Each start also brings the installed features up to date with this
 * distribution (a home an older or a moved distribution last ran). It runs while the core starts, before the
 * shell opens its socket, so the first command of a fresh instance already finds them.
 */
@Component(immediate = true)
public class BootFeatures {
    public static final String PROPERTY = "shelf.features.boot";
    /** The boot features an instance was given once: data/boot-features.txt, one name a line. */
    static final String OFFERED_FILE = "boot-features.txt";
    /**
     * Features of older distributions that this one splits: an instance that had one gets its parts. Before
     * the small core, "channels" held the five adapters and the sandbox.
     */
    static final Map<String, List<String>> SPLIT = Map.of("channels", List.of("channel-weidian", "channel-taobao",
            "channel-pinduoduo", "channel-douyin", "channel-wechat", "sandbox"));
    /**
     * The boot features of the distributions before data/boot-features.txt was kept: a home they wrote was
     * offered these, so one its operator uninstalled stays uninstalled.
     */
    static final List<String> OFFERED_BEFORE = List.of("importers", "rules", "images", "channels");
    private static final System.Logger LOG = System.getLogger(BootFeatures.class.getName());

    @Reference
    FeatureInstaller features;

    /** A boot feature is a change nobody typed: audited as done by "system". */
    @Reference
    AuditLog audit;

    @Activate
    void activate(BundleContext context) {
        Path data = new ShelfProperties(context).home().resolve("data");
        Path offeredFile = data.resolve(OFFERED_FILE);
        Set<String> offered = new LinkedHashSet<>(read(offeredFile));
        if (Files.exists(data.resolve(InstalledFeatures.FILE_NAME))) {
            if (!Files.exists(offeredFile)) {
                offered.addAll(OFFERED_BEFORE); // a home from before this file
                offered.addAll(features.installedNames());
            }
            for (String gone : features.bringUpToDate()) {
                for (String part : SPLIT.getOrDefault(gone, List.of())) {
                    install(part, "part of " + gone + ", which this distribution splits");
                    offered.add(part);
                }
            }
        }
        List<String> boot = names(context.getProperty(PROPERTY));
        for (String name : boot) {
            if (!offered.contains(name)) {
                install(name, offered.isEmpty() ? "boot feature of a new home" : "boot feature new in this distribution");
            }
        }
        offered.addAll(boot);
        try {
            Files.createDirectories(data);
            Files.writeString(offeredFile, String.join("\n", offered) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "{0} could not be written: the boot features may be offered again ({1})", offeredFile,
                    e.getMessage());
        }
    }

    private void install(String name, String why) {
        try {
            FeatureDetail detail = features.install(name);
            audit.append(AuditEntry.of(Subject.SYSTEM.name(), "feature:install", List.of("feature:" + name), "",
                    detail.summary().version(), detail.bundles().size() + " bundles, " + why));
        } catch (FeatureException | RuntimeException e) {
            // One feature that cannot install must not keep the runtime or the other features from starting.
            LOG.log(Level.ERROR, "feature {0} ({1}) was not installed: {2}", name, why, e.getMessage());
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList() : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<String> names(String property) {
        return property == null ? List.of()
                : Arrays.stream(property.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
