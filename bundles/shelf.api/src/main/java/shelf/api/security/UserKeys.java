package shelf.api.security;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The public keys each user may log in with over SSH, in OpenSSH's one-line form
 * ("ssh-ed25519 AAAA… comment"). An admin manages anyone's keys; any other user only their own.
 */
@ProviderType
public interface UserKeys {

    /** Adds a key to a user; refused when the line is no public key or the user already has it. */
    UserKey add(String user, String openSshKey, Subject by) throws UserStoreException;

    /** The keys of a user, or of every user when {@code user} is null (admin only). */
    List<UserKey> list(String user, Subject by) throws UserStoreException;

    /** Removes a user's key named by its fingerprint ("SHA256:…"). */
    UserKey remove(String user, String fingerprint, Subject by) throws UserStoreException;

    /**
     * Logs a user in with a key the client has proven it holds. The login is audited, refused or not, with
     * the origin. A key that does not match is not counted as a failed login: an SSH client offers each key
     * it has in turn, and a key cannot be guessed; a user who is disabled or locked is refused all the same.
     *
     * @param openSshKey the key the client offered, in OpenSSH's one-line form
     * @param origin where the attempt comes from: "ssh from 10.0.0.7:51234"
     * @throws LoginRefusedException the key is not one of the user's, or the user is disabled or locked
     */
    Subject authenticate(String user, String openSshKey, String origin) throws UserStoreException;
}
