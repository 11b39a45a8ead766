package shelf.security.internal;

import java.nio.file.Path;

import shelf.api.audit.AuditLog;
import shelf.api.security.CommandAccess;
import shelf.api.security.Users;
import shelf.api.store.Database;

/** The real command ACL and user store, for the tests of other packages that run services as a user. */
public final class SecurityFixture {
    private SecurityFixture() {}

    /**
     * The core's ACL with the entries of every bundle on the class path (as the framework would give it those
     * of the installed bundles), and SHELF_HOME/etc/shelf.command.acl.properties at {@code etcFile} over it
     * when present.
     */
    public static CommandAccess acl(Path etcFile) {
        CommandAcl acl = new CommandAcl();
        acl.open(etcFile);
        try {
            var files = SecurityFixture.class.getClassLoader().getResources("OSGI-INF/shelf/command.acl.properties");
            while (files.hasMoreElements()) {
                java.net.URL file = files.nextElement();
                try (var in = file.openStream()) {
                    acl.ship(file.toString(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return acl;
    }

    /** The users in the catalogue's database. */
    public static Users users(Database database, AuditLog audit) {
        H2Users users = new H2Users();
        try {
            users.useDatabase(database);
        } catch (shelf.api.catalog.CatalogException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        users.audit = audit;
        return users;
    }
}
