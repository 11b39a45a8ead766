package shelf.core.internal.security;

import java.nio.file.Path;

import shelf.api.audit.AuditLog;
import shelf.api.security.CommandAccess;
import shelf.api.security.Users;
import shelf.core.internal.catalog.CatalogConnections;

/** The real command ACL and user store, for the tests of other packages that run services as a user. */
public final class SecurityFixture {
    private SecurityFixture() {}

    /** The default ACL, with SHELF_HOME/etc/shelf.command.acl.properties at {@code etcFile} over it when present. */
    public static CommandAccess acl(Path etcFile) {
        CommandAcl acl = new CommandAcl();
        acl.open(etcFile);
        return acl;
    }

    /** The users in the catalogue's database. */
    public static Users users(CatalogConnections database, AuditLog audit) {
        H2Users users = new H2Users();
        users.database = database;
        users.audit = audit;
        return users;
    }
}
