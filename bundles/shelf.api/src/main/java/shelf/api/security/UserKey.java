package shelf.api.security;

import java.time.Instant;

/**
 * A public key a user logs in with over SSH, as listed.
 *
 * @param user the user it belongs to
 * @param type the key's algorithm as OpenSSH names it: "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"
 * @param fingerprint "SHA256:…", as {@code ssh-keygen -l} prints it
 * @param comment the text after the key in its OpenSSH line (often user@host), or ""
 * @param addedAt when it was added
 * @param addedBy who added it
 */
public record UserKey(String user, String type, String fingerprint, String comment, Instant addedAt, String addedBy) {
}
