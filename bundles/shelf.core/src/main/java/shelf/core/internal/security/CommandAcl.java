package shelf.core.internal.security;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import shelf.api.security.AccessRefusedException;
import shelf.api.security.CommandAccess;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.core.internal.framework.ShelfProperties;

/**
 * The command ACL: the default table shipped in shelf.core (command.acl.properties beside this class) with
 * SHELF_HOME/etc/shelf.command.acl.properties over it, as Karaf's etc/org.apache.karaf.command.acl.*.cfg.
 * The etc file is read again whenever it changes, so an edit applies to the next command.
 */
@Component(service = CommandAccess.class)
public class CommandAcl implements CommandAccess {
    static final String ETC_FILE = "shelf.command.acl.properties";
    private static final System.Logger LOG = System.getLogger(CommandAcl.class.getName());

    private AclTable defaults;
    private Path etcFile;
    private FileTime etcRead;
    private AclTable effective;

    @Activate
    void activate(BundleContext context) {
        open(new ShelfProperties(context).home().resolve("etc").resolve(ETC_FILE));
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
        if (!Objects.equals(modified, etcRead)) {
            etcRead = modified;
            effective = modified == null ? defaults : defaults.with(readEtc());
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
