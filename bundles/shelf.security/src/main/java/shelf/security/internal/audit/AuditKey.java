package shelf.security.internal.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit chain's key, SHELF_HOME/etc/audit.key: 32 random bytes, created 0600 the first time the trail is
 * written. It lives in etc/, apart from data/audit.log, so a copy of data/ (or a user who can write the log)
 * does not hold it. A key file other users can read or write is refused, as ssh refuses such a private key.
 */
final class AuditKey {
    static final int LENGTH = 32;
    private static final Set<PosixFilePermission> OPEN_TO_OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final byte[] key;

    private AuditKey(byte[] key) {
        this.key = key;
    }

    /** The key in {@code file}; thrown with the sentence to show when it is missing, open to others or not a key. */
    static AuditKey read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file + " is missing, but audit.log was written with it: restore it from your backup "
                    + "(without it the trail cannot be checked)");
        }
        refuseOpenToOthers(file);
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length != LENGTH) {
            throw new IOException(file + " is " + bytes.length + " bytes, not an audit key of " + LENGTH
                    + ": restore it from your backup");
        }
        return new AuditKey(bytes);
    }

    /** A new random key written to {@code file} (0600, never over an existing one). */
    static AuditKey create(Path file) throws IOException {
        byte[] bytes = new byte[LENGTH];
        new SecureRandom().nextBytes(bytes);
        Files.createDirectories(file.toAbsolutePath().getParent());
        // createTempFile makes the file 0600 on POSIX: the key is never readable by others, not even briefly
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "audit.key", ".new");
        try {
            Files.write(temp, bytes);
            if (Files.exists(file)) {
                throw new IOException(file + " appeared while a new key was made; not replaced");
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return new AuditKey(bytes);
    }

    /** Thrown with "…/audit.key can be read by other users … run chmod 600 …" when group or others have access. */
    static void refuseOpenToOthers(Path file) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.stream().anyMatch(OPEN_TO_OTHERS::contains)) {
            throw new IOException(file + " is open to other users (" + PosixFilePermissions.toString(permissions)
                    + "), so it is not used: run chmod 600 " + file);
        }
    }

    /** HMAC-SHA256 of the text, in hex. */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    /** Names the key without revealing it, so the head can say which key the trail was written with. */
    String id() {
        return mac("shelf audit key id").substring(0, 16);
    }
}
