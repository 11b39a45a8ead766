package shelf.api.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The users of an instance, with salted password hashes in the catalogue store. There is no default
 * password: the first admin is created by the first login on a fresh home.
 */
@ProviderType
public interface Users {

    /** Whether any user exists (a fresh home has none). */
    boolean any() throws UserStoreException;

    /**
     * Logs a user in. Every front end (the shell's socket, SSH, the web) calls this, so each gets the same
     * throttling: after a failed login the next attempt of that name, and from that origin, waits longer
     * (this call sleeps), and after a run of failures the name is locked until an admin unlocks it. A name
     * that is no user is answered exactly like one that is, in words and in time.
     *
     * @param origin where the attempt comes from, for the throttling and the audit trail: "local user alice"
     *        for the socket, an IP address for a network front end
     * @return the subject of the user
     * @throws LoginRefusedException the name and password do not match an active user, or the name is locked;
     *         its message is the line to show, and it never says which part was wrong
     * @throws UserStoreException the store cannot be read
     */
    Subject authenticate(String name, char[] password, String origin) throws UserStoreException;

    /** Creates the first user, an admin, on a home that has none; refused once any user exists. */
    Subject createFirstAdmin(String name, char[] password) throws UserStoreException;

    /** Adds a user; {@code by} is the admin doing it, for the audit trail. */
    User add(String name, Set<Role> roles, DataScope scope, char[] password, Subject by) throws UserStoreException;

    /** Refuses every later login of the user; sessions already open keep running. */
    User disable(String name, Subject by) throws UserStoreException;

    /** Lets a user locked after failed logins log in again; {@code by} is the admin doing it. */
    User unlock(String name, Subject by) throws UserStoreException;

    List<User> list() throws UserStoreException;

    Optional<User> find(String name) throws UserStoreException;
}
