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
     * The subject for this name and password; empty when the name is unknown, disabled or the password
     * is wrong (the caller says which it was not, on purpose).
     */
    Optional<Subject> authenticate(String name, char[] password) throws UserStoreException;

    /** Creates the first user, an admin, on a home that has none; refused once any user exists. */
    Subject createFirstAdmin(String name, char[] password) throws UserStoreException;

    /** Adds a user; {@code by} is the admin doing it, for the audit trail. */
    User add(String name, Set<Role> roles, DataScope scope, char[] password, Subject by) throws UserStoreException;

    /** Refuses every later login of the user; sessions already open keep running. */
    User disable(String name, Subject by) throws UserStoreException;

    List<User> list() throws UserStoreException;

    Optional<User> find(String name) throws UserStoreException;
}
