package shelf.core.internal.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.deploy.DeployHandler;
import shelf.api.rules.RulePack;

/**
 * Deploys declarative rule packs dropped into the deploy folder as NAME.rules.json: each good file becomes
 * a RulePack service. A file that does not read is refused with the reader's message (file, rule, fix) and
 * changes nothing; a bad update leaves the previous version of the file's pack registered.
 */
@Component(service = DeployHandler.class, property = DeployHandler.KIND + "=rule-pack")
public class RulePackDeployHandler implements DeployHandler {
    /** Service property: where a pack came from ("deploy"); packs without it come from a bundle. */
    public static final String SOURCE_PROPERTY = "shelf.rules.source";
    /** Service property: the deploy file a pack was read from. */
    public static final String FILE_PROPERTY = "shelf.rules.file";
    static final String SUFFIX = ".rules.json";

    /** Registers a pack as a service; closing the result unregisters it. Lets tests run without a framework. */
    @FunctionalInterface
    interface PackRegistry {
        Registered register(DeclarativeRulePack pack, Map<String, Object> properties);
    }

    @FunctionalInterface
    interface Registered {
        void unregister();
    }

    private final Map<String, Registered> registered = new ConcurrentHashMap<>();

    /** Who changed rules: a file dropped into deploy/ has no shell user, so the trail says "deploy". */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;
    private PackRegistry registry;

    public RulePackDeployHandler() {}

    RulePackDeployHandler(PackRegistry registry) {
        this.registry = registry;
    }

    @Activate
    void activate(BundleContext context) {
        registry = (pack, properties) -> {
            ServiceRegistration<RulePack> registration = context.registerService(RulePack.class, pack,
                    new Hashtable<>(properties));
            return () -> {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the bundle stopped first
                }
            };
        };
    }

    @Deactivate
    void deactivate() {
        registered.values().forEach(Registered::unregister);
        registered.clear();
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    @Override
    public synchronized String install(Path file) throws Exception {
        DeclarativeRulePack pack = read(file);
        replace(file, pack);
        audited("rules:deploy", file, pack);
        return describe(pack);
    }

    @Override
    public synchronized String update(Path file) throws Exception {
        DeclarativeRulePack pack = read(file); // throws before anything changes: the previous version stays
        replace(file, pack);
        audited("rules:update", file, pack);
        return describe(pack);
    }

    @Override
    public synchronized void uninstall(Path file) {
        Registered previous = registered.remove(name(file));
        if (previous != null) {
            previous.unregister();
            audited("rules:remove", file, null);
        }
    }

    private void audited(String command, Path file, DeclarativeRulePack pack) {
        AuditLog log = audit;
        if (log != null) {
            log.append(AuditEntry.of("deploy", command, List.of("rule-pack:" + name(file)), "",
                    pack == null ? "" : pack.id() + "@" + pack.version(), pack == null ? "removed" : describe(pack)));
        }
    }

    private void replace(Path file, DeclarativeRulePack pack) {
        String name = name(file);
        Registered previous = registered.remove(name);
        if (previous != null) {
            previous.unregister();
        }
        registered.put(name, registry.register(pack, Map.of(RulePack.SERVICE_PROPERTY, pack.id(),
                SOURCE_PROPERTY, "deploy", FILE_PROPERTY, name)));
    }

    private static DeclarativeRulePack read(Path file) throws Exception {
        String json = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        try {
            return RulePackReader.read(name(file), json);
        } catch (RulePackFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    /** "rule pack apparel 1.2.0 (12 rules)". */
    static String describe(DeclarativeRulePack pack) {
        int rules = pack.ruleCount();
        return "rule pack " + pack.id() + " " + pack.version() + " (" + rules + (rules == 1 ? " rule)" : " rules)");
    }
}
