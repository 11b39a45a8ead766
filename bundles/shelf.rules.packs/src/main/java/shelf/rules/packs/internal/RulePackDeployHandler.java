package shelf.rules.packs.internal;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.deploy.DeployHandler;
import shelf.api.runtime.ShelfHome;
import shelf.rules.engine.spi.RulePackFormatException;
import shelf.rules.engine.spi.PackReader;
import shelf.rules.engine.spi.CompiledPack;

/**
 * Deploys declarative rule packs dropped into the deploy folder as NAME.rules.json. A file that does not
 * read is refused with the reader's message (file, line, column, fix) and changes nothing: the version
 * already active stays active. So is a file edited in place under a version already deployed with other
 * rules, so that the earlier content stays distinguishable and can be rolled back to.
 */
@Component(service = DeployHandler.class, property = DeployHandler.KIND + "=rule-pack")
public class RulePackDeployHandler implements DeployHandler {
    static final String SUFFIX = ".rules.json";
    private static final System.Logger LOG = System.getLogger(RulePackDeployHandler.class.getName());

    @Reference
    InstalledRulePacks library;

    @Reference
    PackReader reader;

    /** Who changed rules: a file dropped into deploy/ has no shell user, so the trail says "system". */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;

    public RulePackDeployHandler() {}

    @Activate
    void activate(BundleContext context) {
        deployMissing(ShelfHome.of(context).resolve("deploy"));
    }

    /**
     * Deploys the pack files of {@code folder} of which the library has no version: the deploy folder's ledger
     * does not hand over a file it handled before, but a home from before the packs were kept in the catalogue
     * without its data/rule-packs.json, or a catalogue restored without them, would otherwise run without the
     * packs its category manager left there.
     */
    void deployMissing(Path folder) {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f -> accepts(f) && Files.isRegularFile(f)).sorted().toList();
        } catch (NoSuchFileException none) {
            return;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot list {0}: {1}", folder, e.getMessage());
            return;
        }
        for (Path file : files) {
            if (library.inForce(origin(file)).isEmpty()) {
                try {
                    LOG.log(System.Logger.Level.INFO, "Deployed {0}, of which the catalogue had no version: {1}", file,
                            deploy(file, "rules:deploy"));
                } catch (Exception refused) {
                    LOG.log(System.Logger.Level.WARNING, "Rule pack {0} not deployed: {1}", file, refused.getMessage());
                }
            }
        }
    }

    RulePackDeployHandler(InstalledRulePacks library, PackReader reader) {
        this.library = library;
        this.reader = reader;
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    @Override
    public String install(Path file) throws Exception {
        return deploy(file, "rules:deploy");
    }

    @Override
    public String update(Path file) throws Exception {
        return deploy(file, "rules:update");
    }

    private String deploy(Path file, String command) throws Exception {
        String json = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        CompiledPack pack = read(file, json); // throws before anything changes: the active version stays
        try {
            library.deploy(pack, json, "deploy " + name(file), origin(file));
        } catch (IllegalArgumentException refused) {
            throw new IllegalArgumentException(name(file) + ": " + refused.getMessage(), refused);
        }
        audited(command, file, pack);
        return describe(pack);
    }

    /** After a rollback the file's version is installed but another one is in force: deploy:status says which. */
    @Override
    public String status(Path file) {
        return library.inForce(origin(file)).orElse(null);
    }

    @Override
    public void uninstall(Path file) {
        library.withdraw(origin(file));
        audited("rules:remove", file, null);
    }

    private void audited(String command, Path file, CompiledPack pack) {
        AuditLog log = audit;
        if (log != null) {
            log.append(AuditEntry.of(shelf.api.security.Subject.SYSTEM.name(), command, List.of("rule-pack:" + name(file)), "",
                    pack == null ? "" : pack.id() + "@" + pack.version(), pack == null ? "removed" : describe(pack)));
        }
    }

    private CompiledPack read(Path file, String json) throws Exception {
        try {
            return reader.read(name(file), json);
        } catch (RulePackFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String origin(Path file) {
        return InstalledRulePacks.DEPLOY_ORIGIN + name(file);
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    /** "rule pack apparel 1.2.0 (12 rules)". */
    static String describe(CompiledPack pack) {
        int rules = pack.ruleCount();
        return "rule pack " + pack.id() + " " + pack.version() + " (" + rules + (rules == 1 ? " rule)" : " rules)");
    }
}
