package shelf.security.internal.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;

/**
 * A public key in OpenSSH's one-line form, "ssh-ed25519 AAAA… comment", as in authorized_keys and .pub
 * files. Only the form is checked here (the blob is base64 and names the same type); the SSH server proves
 * the client holds the private key.
 */
record OpenSshKey(String type, String data, String comment) {
    private static final Set<String> TYPES = Set.of("ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256",
            "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com",
            "sk-ecdsa-sha2-nistp256@openssh.com");

    /** @throws IllegalArgumentException the line is no public key; the message says what to give instead */
    static OpenSshKey parse(String line) {
        String[] parts = line == null ? new String[0] : line.strip().split("\\s+", 3);
        if (parts.length < 2 || !TYPES.contains(parts[0])) {
            throw new IllegalArgumentException("that is not an SSH public key — give the whole line of the user's "
                    + ".pub file in quotes: \"ssh-ed25519 AAAA… name@laptop\"");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key after " + parts[0] + " is not base64 — copy the .pub line whole");
        }
        if (!parts[0].equals(typeInside(blob))) {
            throw new IllegalArgumentException("the key after " + parts[0] + " is damaged or of another type — copy the "
                    + ".pub line whole");
        }
        return new OpenSshKey(parts[0], parts[1], parts.length == 3 ? parts[2].strip() : "");
    }

    /** "SHA256:" and the unpadded base64 of the blob's SHA-256, as ssh-keygen -l prints it. */
    String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(data));
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The algorithm name the blob starts with (an SSH string: a 4-byte length, then the name). */
    private static String typeInside(byte[] blob) {
        if (blob.length < 4) {
            return null;
        }
        int length = ByteBuffer.wrap(blob, 0, 4).getInt();
        if (length <= 0 || length > blob.length - 4 || length > 64) {
            return null;
        }
        return new String(blob, 4, length, StandardCharsets.US_ASCII);
    }
}
