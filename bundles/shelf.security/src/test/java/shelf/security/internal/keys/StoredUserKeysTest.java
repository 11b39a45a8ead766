package shelf.security.internal.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.security.AccessRefusedException;
import shelf.api.security.DataScope;
import shelf.api.security.LoginRefusedException;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.api.security.UserKey;
import shelf.api.security.UserStoreException;
import shelf.api.security.Users;
import shelf.core.internal.database.CatalogDatabase;
import shelf.security.internal.SecurityFixture;
import shelf.security.internal.audit.FileAuditLog;

class StoredUserKeysTest {
    private static final String FROM = "ssh from 10.0.0.7";

    @TempDir
    Path home;

    private CatalogDatabase store;
    private final StoredUserKeys keys = new StoredUserKeys();
    private Subject admin;
    private Subject lily;
    private Users users;

    @BeforeEach
    void open() throws Exception {
        store = CatalogDatabase.open(home.resolve("data/catalog"));
        FileAuditLog audit = new FileAuditLog();
        audit.open(home.resolve("data/audit.log"));
        users = SecurityFixture.users(store, audit);
        admin = users.createFirstAdmin("admin", "admin-pass-1".toCharArray());
        lily = users.add("lily", Set.of(Role.EDITOR), DataScope.ALL, "lily-pass-1".toCharArray(), admin).subject();
        users.add("wang", Set.of(Role.REVIEWER), DataScope.ALL, "wang-pass-1".toCharArray(), admin);
        keys.useDatabase(store);
        keys.audit = audit;
        keys.users = users;
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aKeyAddedToAUserLogsThatUserInAndNoOtherAndEveryAttemptIsAudited() throws Exception {
        String line = ed25519("lily@laptop");
        UserKey added = keys.add("lily", line, admin);
        assertEquals("ssh-ed25519", added.type());
        assertEquals("lily@laptop", added.comment());
        assertTrue(added.fingerprint().matches("SHA256:[A-Za-z0-9+/]{43}"), added.fingerprint());

        assertEquals(lily, keys.authenticate("lily", ed25519Without(line), FROM), "the comment does not matter");
        assertThrows(LoginRefusedException.class, () -> keys.authenticate("wang", line, FROM));
        assertThrows(LoginRefusedException.class, () -> keys.authenticate("lily", ed25519("other"), FROM));
        assertThrows(LoginRefusedException.class, () -> keys.authenticate("ghost", line, FROM));

        String trail = Files.readString(home.resolve("data/audit.log"));
        assertTrue(trail.contains(FROM + ", key " + added.fingerprint()), trail);
        assertTrue(trail.contains(FROM + ": key " + added.fingerprint() + " is not a key of wang"), trail);
        assertTrue(trail.contains(FROM + ": no such user"), trail);
    }

    @Test
    void aDisabledOrLockedUserIsRefusedWithTheRightKeyToo() throws Exception {
        String line = ed25519("lily@laptop");
        keys.add("lily", line, admin);
        users.disable("lily", admin);
        assertThrows(LoginRefusedException.class, () -> keys.authenticate("lily", line, FROM));
        assertTrue(Files.readString(home.resolve("data/audit.log")).contains(FROM + ": disabled"));
    }

    @Test
    void aUserManagesTheirOwnKeysAndOnlyAnAdminAnotherUsers() throws Exception {
        UserKey own = keys.add("lily", ed25519("lily@laptop"), lily);
        assertEquals(List.of(own), keys.list("lily", lily));
        AccessRefusedException refused = assertThrows(AccessRefusedException.class,
                () -> keys.add("wang", ed25519("x"), lily));
        assertEquals("the SSH keys of wang are for an admin or wang — lily manages only their own (user:key list lily)",
                refused.getMessage());
        assertThrows(AccessRefusedException.class, () -> keys.list(null, lily));
        assertEquals(1, keys.list(null, admin).size());

        UserStoreException twice = assertThrows(UserStoreException.class, () -> keys.add("lily", ed25519Of(own), lily));
        assertEquals("lily already has the key " + own.fingerprint(), twice.getMessage());
        assertEquals(own, keys.remove("lily", own.fingerprint(), admin));
        assertEquals(List.of(), keys.list("lily", lily));
        UserStoreException gone = assertThrows(UserStoreException.class, () -> keys.remove("lily", own.fingerprint(), lily));
        assertEquals("lily has no key " + own.fingerprint() + " — user:key list lily shows them", gone.getMessage());
    }

    @Test
    void aLineThatIsNoPublicKeySaysWhatToGive() {
        UserStoreException notAKey = assertThrows(UserStoreException.class, () -> keys.add("lily", "hello", admin));
        assertEquals("that is not an SSH public key — give the whole line of the user's .pub file in quotes: "
                + "\"ssh-ed25519 AAAA… name@laptop\"", notAKey.getMessage());
        UserStoreException cut = assertThrows(UserStoreException.class,
                () -> keys.add("lily", "ssh-rsa " + ed25519("x").split(" ")[1], admin));
        assertEquals("the key after ssh-rsa is damaged or of another type — copy the .pub line whole", cut.getMessage());
        UserStoreException noUser = assertThrows(UserStoreException.class, () -> keys.add("ghost", ed25519("x"), admin));
        assertEquals("There is no user ghost — user:list shows them", noUser.getMessage());
    }

    private final java.util.Map<String, String> made = new java.util.HashMap<>();

    private String ed25519Of(UserKey key) {
        return made.get(key.fingerprint());
    }

    private static String ed25519Without(String line) {
        String[] parts = line.split(" ");
        return parts[0] + " " + parts[1];
    }

    /** A new Ed25519 public key as OpenSSH writes it: "ssh-ed25519 BASE64 comment". */
    private String ed25519(String comment) throws Exception {
        byte[] x509 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
        byte[] raw = Arrays.copyOfRange(x509, x509.length - 32, x509.length);
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(blob)) {
            writeString(out, "ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
            writeString(out, raw);
        }
        String line = "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " " + comment;
        made.put(OpenSshKey.parse(line).fingerprint(), line);
        return line;
    }

    private static void writeString(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
