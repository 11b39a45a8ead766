package shelf.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import shelf.api.security.AccessRefusedException;
import shelf.api.security.CommandAccess;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.api.runtime.ShelfHome;

/**
 * The command ACL: the entries each bundle ships for its own commands (the file its manifest names in
 * {@value #HEADER}), the core's table over them (command.acl.properties beside this class: a plugin cannot
 * open the core's commands), and SHELF_HOME/etc/shelf.command.acl.properties over all, as Karaf's
 * etc/org.apache.karaf.command.acl.*.cfg. The etc file is read again whenever it changes, so an edit
 * applies to the next command; a bundle's entries come and go with the bundle.
 */
@Component(service = CommandAccess.class)
public class CommandAcl implements CommandAccess {
    static final String ETC_FILE = "shelf.command.acl.properties";
    /** The manifest header naming a bundle's ACL file (a path inside the bundle). */
    public static final String HEADER = "Shelf-Command-Acl";
    private static final System.Logger LOG = System.getLogger(CommandAcl.class.getName());

    private AclTable defaults;
    private Path etcFile;
    private FileTime etcRead;
    private AclTable effective;
    private final Map<String, AclTable> shipped = new TreeMap<>();
    private int shippedChanges;
    private int shippedRead = -1;
    private BundleTracker<String> bundles;

    @Activate
    void activate(BundleContext context) {
        open(ShelfHome.of(context).resolve("etc").resolve(ETC_FILE));
        bundles = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING, null) {
            @Override
            public String addingBundle(Bundle bundle, BundleEvent event) {
                String path = bundle.getHeaders("").get(HEADER);
                java.net.URL entry = path == null ? null : bundle.getEntry(path.strip());
                if (path == null) {
                    return null;
                }
                String name = bundle.getSymbolicName() + " " + bundle.getVersion();
                if (entry == null) {
                    LOG.log(Level.ERROR, "{0}: its {1} header names {2}, which the bundle does not hold", name, HEADER, path);
                    return null;
                }
                try (InputStream in = entry.openStream()) {
                    ship(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    LOG.log(Level.ERROR, "cannot read the command ACL of " + name + ": " + e);
                }
                return name;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, String name) {
                unship(name);
            }
        };
        bundles.open();
    }

    @Deactivate
    void deactivate() {
        bundles.close();
    }

    /**
     * Takes the entries a bundle ships for its commands. Only entries of a scope of its own count: an entry
     * of one of the core's scopes (user:*, bundle:*…) or of a bare function name is left out, with a warning.
     */
    public synchronized void ship(String bundle, String text) {
        List<String> problems = new ArrayList<>();
        AclTable table = AclTable.parse(text, "bundle " + bundle, "the command ACL of " + bundle, problems)
                .withoutScopes(defaults.scopes(), bundle, problems);
        problems.forEach(p -> LOG.log(Level.WARNING, p));
        shipped.put(bundle, table);
        shippedChanges++;
    }

    public synchronized void unship(String bundle) {
        if (shipped.remove(bundle) != null) {
            shippedChanges++;
        }
    }

    /** For tests and tools outside the framework. */
    public void open(Path etc) {
        List<String> problems = new ArrayList<>();
        defaults = AclTable.parse(resource(), "default", "the default ACL", problems);
        problems.forEach(p -> LOG.log(Level.ERROR, p));
        etcFile = etc;
        effective = defaults;
        etcRead = null;
    }

    @Override
    public Entry entry(String command) {
        return table().lookup(command);
    }

    @Override
    public void check(Subject subject, String command) {
        if (!allows(subject, command)) {
            Entry entry = entry(command);
            String needed = entry.roles().isEmpty() ? "admin"
                    : entry.roles().stream().sorted().map(Role::id).collect(Collectors.joining(" or ")) + " (or admin)";
            String has = subject.roles().isEmpty() ? "no role" : subject.roleNames();
            throw new AccessRefusedException(command + " needs the role " + needed + " — " + subject.name()
                    + " has " + has);
        }
    }

    private synchronized AclTable table() {
        FileTime modified = modified(etcFile);
        if (!Objects.equals(modified, etcRead) || shippedRead != shippedChanges) {
            etcRead = modified;
            shippedRead = shippedChanges;
            AclTable merged = new AclTable();
            for (AclTable table : shipped.values()) {
                merged = merged.with(table);
            }
            merged = merged.with(defaults);
            effective = modified == null ? merged : merged.with(readEtc());
        }
        return effective;
    }

    private AclTable readEtc() {
        List<String> problems = new ArrayList<>();
        try {
            AclTable etc = AclTable.parse(Files.readString(etcFile, StandardCharsets.UTF_8), "etc",
                    etcFile.toString(), problems);
            problems.forEach(p -> LOG.log(Level.WARNING, p));
            return etc;
        } catch (IOException e) {
            LOG.log(Level.ERROR, "cannot read " + etcFile + " — the default ACL applies: " + e);
            return new AclTable();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String resource() {
        try (InputStream in = CommandAcl.class.getResourceAsStream("command.acl.properties")) {
            if (in == null) {
                throw new IllegalStateException("command.acl.properties is missing from shelf.core");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default ACL", e);
        }
    }
}
