package shelf.security.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.security.DataScope;
import shelf.api.security.LoginRefusedException;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.api.security.User;
import shelf.api.security.UserStoreException;
import shelf.api.security.Users;
import shelf.api.catalog.CatalogException;
import shelf.api.store.Database;

/**
 * The users in the catalogue's database (table shelf_user), passwords as {@link PasswordHash}es. Logins are
 * slowed down and names locked by a {@link LoginThrottle}; a lock is stored (locked_at), so it outlasts a restart.
 */
@Component(service = Users.class, configurationPid = "shelf.login")
@Designate(ocd = LoginConfig.class)
public class H2Users implements Users {
    private static final System.Logger LOG = System.getLogger(H2Users.class.getName());
    static final int MIN_PASSWORD = 8;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    /** The users' table: the "security" chain. */
    static final List<String> SCHEMA = List.of("db/V1__users.sql", "db/V2__login_lockout.sql");

    @Reference
    Database database;

    @Reference
    AuditLog audit;

    private final UserRows rows = new UserRows(() -> database);
    private final LoginThrottle throttle;
    final RecentLogins recent;
    private final int iterations;
    // checked against when the name is no user, so that costs as much time as a wrong password
    private final String dummy;

    public H2Users() {
        this(Clock.systemUTC(), LoginThrottle.SLEEP, PasswordHash.ITERATIONS);
    }

    /** @param iterations of new password hashes: a test's are cheap */
    H2Users(Clock clock, LoginThrottle.Sleeper sleeper, int iterations) {
        this.throttle = new LoginThrottle(clock, sleeper);
        this.recent = new RecentLogins(clock, Duration.ofMinutes(15));
        this.iterations = iterations;
        this.dummy = PasswordHash.unmatchable(iterations);
    }

    /**
     * The way back in when every admin is locked: the home's owner names the user in etc/shelf.properties and
     * restarts (shelf stop needs no login). Whoever can write there owns the home and its catalogue anyway.
     */
    static final String UNLOCK_AT_START = "shelf.login.unlock";

    /** Keeps the users in {@code db}, bringing their table up to date; for tests and tools outside the framework too. */
    public void useDatabase(Database db) throws CatalogException {
        db.migrate("security", H2Users.class, SCHEMA);
        database = db;
    }

    @Activate
    void activate(BundleContext context, LoginConfig config) throws CatalogException {
        useDatabase(database);
        configure(config);
        String name = context.getProperty(UNLOCK_AT_START);
        if (name != null && !name.isBlank()) {
            unlockAtStart(name.strip());
        }
    }

    void unlockAtStart(String name) {
        try {
            unlock(name, Subject.SYSTEM);
            LOG.log(Level.WARNING, "unlocked {0}, as {1} in etc/shelf.properties asks — remove that line now",
                    name, UNLOCK_AT_START);
        } catch (UserStoreException e) {
            LOG.log(Level.WARNING, "{0} in etc/shelf.properties: {1} — remove that line", UNLOCK_AT_START, e.getMessage());
        }
    }

    @Modified
    void configure(LoginConfig config) {
        try {
            throttle.settings(new LoginThrottle.Settings(Duration.ofMillis(config.firstDelayMillis()),
                    Duration.ofMillis(config.longestDelayMillis()), config.lockAfter()));
            if (config.rememberMinutes() < 0) {
                throw new IllegalArgumentException("rememberMinutes must be 0 or more");
            }
            recent.keep(Duration.ofMinutes(config.rememberMinutes()));
        } catch (IllegalArgumentException e) {
            // a slip in the configuration must not leave the runtime with no logins at all
            LOG.log(Level.ERROR, "shelf.login: {0} — the login throttle keeps its settings", e.getMessage());
        }
    }

    @Override
    public boolean any() throws UserStoreException {
        return rows.any();
    }

    @Override
    public Subject authenticate(String name, char[] password, String origin) throws UserStoreException {
        try {
            synchronized (throttle.gate(name)) {
                throttle.await(name, origin);
                return check(name, password, origin);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserStoreException("the login was interrupted — the runtime is stopping");
        } finally {
            PasswordHash.clear(password);
        }
    }

    /** The one check of an attempt, its name's gate held and its wait over. */
    private Subject check(String name, char[] password, String origin) throws UserStoreException {
        UserRows.Credentials stored = rows.credentials(name);
        boolean recognised = stored != null && recent.recognises(name, stored.hash(), password);
        boolean matches = recognised || PasswordHash.matches(password, stored == null ? dummy : stored.hash());
        boolean locked = throttle.locked(name) || stored != null && stored.locked();
        String reason = stored == null ? "no such user" : stored.disabled() ? "disabled" : matches ? null : "wrong password";
        if (locked) {
            reason = stored == null ? "locked, no such user" : "locked";
        }
        if (reason == null) {
            if (!recognised) { // remembered from the full check for a while, not for as long as it is used
                recent.passed(name, stored.hash(), password);
            }
            throttle.succeeded(name, origin);
            audit.append(AuditEntry.of(name, "login", List.of("user:" + name), "", "logged in", origin));
            return find(name).orElseThrow().subject();
        }
        boolean locksNow = throttle.failed(name, origin);
        audit.append(AuditEntry.of(name, "login", List.of("user:" + name), "", "refused", origin + ": " + reason));
        LOG.log(Level.WARNING, "refused a login from {0} ({1} in a row from there) — audit:tail names the user",
                origin, throttle.failuresFrom(origin));
        if (locksNow && !locked) {
            // the same writes for a name that is no user (its update changes no row): the time taken tells nothing
            rows.update("lock a user in", "UPDATE shelf_user SET locked_at = ? WHERE name = ?", now(), name);
            audit.append(AuditEntry.of("system", "user:lock", List.of("user:" + name), "active", "locked",
                    throttle.settings().lockAfter() + " failed logins in a row, the last from " + origin
                    + (stored == null ? " (no such user: locked in memory)" : "")));
        }
        if (locked || locksNow) {
            throw new LoginRefusedException("the user " + name + " is locked after " + throttle.settings().lockAfter()
                    + " failed logins in a row — an admin must run user:unlock " + name, true);
        }
        throw new LoginRefusedException("wrong user name or password, or the user is disabled", false);
    }

    @Override
    public synchronized Subject createFirstAdmin(String name, char[] password) throws UserStoreException {
        if (any()) {
            PasswordHash.clear(password);
            throw new UserStoreException("This home already has users — log in as one of them");
        }
        // the session that chose the password runs as this admin now, and its next login (the next shelf -c)
        // would pay the full check for a password hashed a moment ago
        User admin = insert(name, EnumSet.of(Role.ADMIN), DataScope.ALL, password, name, true);
        audit.append(AuditEntry.of(name, "user:add", List.of("user:" + name), "", "admin", "the first admin, on a fresh home"));
        return admin.subject();
    }

    @Override
    public synchronized User add(String name, Set<Role> roles, DataScope scope, char[] password, Subject by)
            throws UserStoreException {
        if (find(name).isPresent()) {
            PasswordHash.clear(password);
            throw new UserStoreException("There is already a user " + name + " — pick another name");
        }
        if (roles.isEmpty()) {
            PasswordHash.clear(password);
            throw new UserStoreException("A user needs a role: --role editor, reviewer, ops or admin");
        }
        User user = insert(name, roles, scope, password, by.name(), false);
        audit.append(AuditEntry.of(by.name(), "user:add", List.of("user:" + name), "", describe(user), ""));
        return user;
    }

    @Override
    public User disable(String name, Subject by) throws UserStoreException {
        User before = find(name).orElseThrow(() -> new UserStoreException("There is no user " + name
                + " — user:list shows them"));
        if (name.equals(by.name())) {
            throw new UserStoreException("You cannot disable yourself — log in as another admin");
        }
        rows.update("disable a user in", "UPDATE shelf_user SET disabled = TRUE WHERE name = ?", name);
        recent.forget(name);
        audit.append(AuditEntry.of(by.name(), "user:disable", List.of("user:" + name), describe(before),
                "disabled", ""));
        return find(name).orElseThrow();
    }

    @Override
    public User unlock(String name, Subject by) throws UserStoreException {
        throttle.forget(name); // a name that is no user may be locked in memory: this clears it too
        User before = find(name).orElseThrow(() -> new UserStoreException("There is no user " + name
                + " — user:list shows them"));
        if (!before.locked()) {
            throw new UserStoreException(name + " is not locked — nothing to unlock");
        }
        rows.update("unlock a user in", "UPDATE shelf_user SET locked_at = NULL WHERE name = ?", name);
        audit.append(AuditEntry.of(by.name(), "user:unlock", List.of("user:" + name), "locked", "active", ""));
        return find(name).orElseThrow();
    }

    @Override
    public List<User> list() throws UserStoreException {
        return rows.list();
    }

    @Override
    public Optional<User> find(String name) throws UserStoreException {
        return rows.find(name);
    }

    /** @param remember whether the password counts as just checked ({@link RecentLogins}) */
    private User insert(String name, Set<Role> roles, DataScope scope, char[] password, String by, boolean remember)
            throws UserStoreException {
        try {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new UserStoreException("'" + name + "' is not a user name — letters, digits and . _ @ - only, "
                        + "at most 64");
            }
            if (password == null || password.length < MIN_PASSWORD) {
                throw new UserStoreException("The password is too short — at least " + MIN_PASSWORD + " characters");
            }
            String hash = PasswordHash.of(password, iterations);
            rows.insert(name, roles, scope, hash, now(), by);
            if (remember) {
                recent.passed(name, hash, password);
            }
            return find(name).orElseThrow();
        } finally {
            PasswordHash.clear(password);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(throttle.clock().instant(), ZoneOffset.UTC);
    }

    static String describe(User user) {
        return user.roles().stream().sorted().map(Role::id).collect(Collectors.joining(",")) + " scope="
                + user.scope().describe();
    }
}
