package shelf.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.security.DataScope;
import shelf.api.security.LoginRefusedException;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.api.security.UserStoreException;
import shelf.security.internal.audit.FileAuditLog;
import shelf.core.internal.database.CatalogDatabase;

class H2UsersTest {
    private static final String HERE = "local user alice";
    private static final String WRONG = "wrong user name or password, or the user is disabled";

    @TempDir
    Path home;

    private CatalogDatabase store;
    private final ManualClock clock = new ManualClock();
    private H2Users users = new H2Users(clock, clock, 1_000);

    @BeforeEach
    void open() throws Exception {
        store = CatalogDatabase.open(home.resolve("data/catalog"));
        FileAuditLog audit = new FileAuditLog();
        audit.open(home.resolve("data/audit.log"));
        users.useDatabase(store);
        users.audit = audit;
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFreshHomeGetsItsAdminFromTheFirstLoginAndNoSecondOne() throws Exception {
        assertFalse(users.any());
        Subject admin = users.createFirstAdmin("admin", "s3cret-pass".toCharArray());
        assertTrue(admin.isAdmin());
        assertTrue(users.any());
        assertThrows(UserStoreException.class, () -> users.createFirstAdmin("eve", "another-pass".toCharArray()));
        assertTrue(users.authenticate("admin", "s3cret-pass".toCharArray(), HERE).isAdmin());
        assertEquals(WRONG, refusal("admin", "wrong-pass", HERE));
        assertEquals(WRONG, refusal("nobody", "s3cret-pass", HERE));
    }

    @Test
    void theFirstAdminsPasswordIsRememberedAsIfJustChecked() throws Exception {
        users.createFirstAdmin("admin", "s3cret-pass".toCharArray());
        String stored = storedHash("admin");
        assertTrue(users.recent.recognises("admin", stored, "s3cret-pass".toCharArray()),
                "the next shelf -c of whoever chose it does not pay the full check");
        assertFalse(users.recent.recognises("admin", stored, "s3cret-pasS".toCharArray()));
        assertEquals(WRONG, refusal("admin", "s3cret-pasS", HERE), "a wrong password is still refused");
        clock.advance(Duration.ofMinutes(16));
        assertFalse(users.recent.recognises("admin", stored, "s3cret-pass".toCharArray()), "for a while only");
        assertTrue(users.authenticate("admin", "s3cret-pass".toCharArray(), HERE).isAdmin(), "checked in full then");
    }

    @Test
    void aUserHasRolesAScopeAndNoPasswordInTheClear() throws Exception {
        Subject admin = users.createFirstAdmin("admin", "s3cret-pass".toCharArray());
        users.add("lily", Set.of(Role.EDITOR), new DataScope(Set.of("acme"), List.of("服饰鞋包")), "lily-pass-1".toCharArray(),
                admin);
        Subject lily = users.authenticate("lily", "lily-pass-1".toCharArray(), HERE);
        assertEquals(Set.of(Role.EDITOR), lily.roles());
        assertTrue(lily.scope().allows("acme", "服饰鞋包/女装"));
        assertFalse(lily.scope().allows("acme", "食品"));
        assertFalse(lily.scope().allows("other", "服饰鞋包"));
        store.close();
        byte[] file = Files.readAllBytes(home.resolve("data/catalog.mv.db"));
        assertFalse(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains("lily-pass-1"));
        store = CatalogDatabase.open(home.resolve("data/catalog"));

        assertEquals("The password is too short — at least 8 characters", assertThrows(UserStoreException.class,
                () -> users.add("bob", Set.of(Role.OPS), DataScope.ALL, "short".toCharArray(), admin)).getMessage());
        users.disable("lily", admin);
        assertEquals(WRONG, refusal("lily", "lily-pass-1", HERE), "disabled: the same answer as a wrong password");
        assertTrue(Files.readString(home.resolve("data/audit.log")).contains("\"command\":\"user:disable\""));
    }

    @Test
    void fiveWrongPasswordsLockAUserTheRightOneIsThenRefusedUntilAnAdminUnlocks() throws Exception {
        Subject admin = users.createFirstAdmin("admin", "s3cret-pass".toCharArray());
        users.add("lily", Set.of(Role.EDITOR), DataScope.ALL, "lily-pass-1".toCharArray(), admin);
        List<String> answers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            answers.add(refusal("lily", "guess-" + i, "local user mallory"));
        }
        String locked = "locked: the user lily is locked after 5 failed logins in a row — an admin must run user:unlock lily";
        assertEquals(List.of(WRONG, WRONG, WRONG, WRONG, locked), answers);
        assertEquals(List.of(1L, 2L, 4L, 8L), clock.takeSeconds(), "each guess waited twice as long as the one before");
        assertEquals(locked, refusal("lily", "lily-pass-1", "local user lily"), "the right password, from elsewhere");
        assertEquals(List.of(16L), clock.takeSeconds());
        assertTrue(users.find("lily").orElseThrow().locked());

        String trail = Files.readString(home.resolve("data/audit.log"));
        assertEquals(6, trail.lines().filter(l -> l.contains("\"command\":\"login\"") && l.contains("\"refused\"")).count(), trail);
        assertTrue(trail.contains("local user mallory: wrong password"), trail);
        assertTrue(trail.contains("\"command\":\"user:lock\""), trail);
        assertFalse(trail.contains("guess-") || trail.contains("lily-pass-1"), "no password in the audit trail");

        users.unlock("lily", admin);
        clock.advance(Duration.ofMinutes(1));
        assertEquals("lily", users.authenticate("lily", "lily-pass-1".toCharArray(), "local user lily").name());
        assertFalse(users.find("lily").orElseThrow().locked());
        assertEquals("lily is not locked — nothing to unlock",
                assertThrows(UserStoreException.class, () -> users.unlock("lily", admin)).getMessage());
        trail = Files.readString(home.resolve("data/audit.log"));
        assertTrue(trail.contains("\"command\":\"user:unlock\""), trail);
        assertTrue(trail.contains("\"after\":\"logged in\""), trail);
    }

    @Test
    void aPasswordRecognisedFromARecentLoginStillCannotLogInADisabledOrLockedUser() throws Exception {
        Subject admin = users.createFirstAdmin("admin", "s3cret-pass".toCharArray());
        users.add("lily", Set.of(Role.EDITOR), DataScope.ALL, "lily-pass-1".toCharArray(), admin);
        users.add("rose", Set.of(Role.EDITOR), DataScope.ALL, "rose-pass-1".toCharArray(), admin);
        assertEquals("lily", users.authenticate("lily", "lily-pass-1".toCharArray(), HERE).name());
        assertEquals("lily", users.authenticate("lily", "lily-pass-1".toCharArray(), HERE).name(), "again, remembered");
        assertEquals(WRONG, refusal("lily", "lily-pass-2", HERE), "a wrong password is not let through");
        clock.advance(Duration.ofMinutes(16));
        assertEquals("lily", users.authenticate("lily", "lily-pass-1".toCharArray(), HERE).name(), "checked in full again");
        users.disable("lily", admin);
        assertEquals(WRONG, refusal("lily", "lily-pass-1", HERE));

        assertEquals("rose", users.authenticate("rose", "rose-pass-1".toCharArray(), HERE).name());
        for (int i = 1; i <= 5; i++) {
            refusal("rose", "guess-" + i, "local user mallory");
        }
        assertTrue(refusal("rose", "rose-pass-1", HERE).startsWith("locked: "), "locked, though remembered");
    }

    @Test
    void aLockOutlastsARestart() throws Exception {
        Subject admin = users.createFirstAdmin("admin", "s3cret-pass".toCharArray());
        users.add("lily", Set.of(Role.EDITOR), DataScope.ALL, "lily-pass-1".toCharArray(), admin);
        for (int i = 1; i <= 5; i++) {
            refusal("lily", "guess-" + i, HERE);
        }
        store.close();
        store = CatalogDatabase.open(home.resolve("data/catalog"));
        users = new H2Users(clock, clock, 1_000); // nothing in memory: the lock is read from the catalogue
        users.useDatabase(store);
        users.audit = new FileAuditLog();
        ((FileAuditLog) users.audit).open(home.resolve("data/audit.log"));
        assertEquals("locked: the user lily is locked after 5 failed logins in a row — an admin must run user:unlock lily",
                refusal("lily", "lily-pass-1", HERE));
        assertTrue(users.list().stream().filter(u -> u.name().equals("lily")).allMatch(u -> u.locked()));

        users.unlockAtStart("lily"); // shelf.login.unlock=lily in etc/shelf.properties: the way back when no admin can log in
        clock.advance(Duration.ofMinutes(1));
        assertEquals("lily", users.authenticate("lily", "lily-pass-1".toCharArray(), HERE).name());
        assertTrue(Files.readString(home.resolve("data/audit.log")).lines()
                .anyMatch(l -> l.contains("\"user\":\"system\"") && l.contains("\"command\":\"user:unlock\"")));
        users.unlockAtStart("lily"); // left in the file: the next start only logs that there is nothing to unlock
    }

    @Test
    void theFifthFailureOfANameThatIsNoUserWritesAsMuchAsAUsersLock() throws Exception {
        users.createFirstAdmin("admin", "s3cret-pass".toCharArray());
        for (int i = 1; i <= 5; i++) {
            refusal("ghost", "guess-" + i, HERE);
        }
        String lock = Files.readString(home.resolve("data/audit.log")).lines()
                .filter(l -> l.contains("\"command\":\"user:lock\"")).findFirst().orElseThrow();
        assertTrue(lock.contains("5 failed logins in a row, the last from local user alice (no such user: locked in memory)"),
                lock);
        assertTrue(users.find("ghost").isEmpty(), "no user was created by locking a name");
    }

    @Test
    void aNameThatIsNoUserIsAnsweredExactlyLikeOneThatIs() throws Exception {
        Subject admin = users.createFirstAdmin("admin", "s3cret-pass".toCharArray());
        users.add("lily", Set.of(Role.EDITOR), DataScope.ALL, "lily-pass-1".toCharArray(), admin);
        List<String> known = guessSixTimes("lily", "192.0.2.1");
        List<String> unknown = guessSixTimes("ghost", "192.0.2.2");
        assertEquals(known, unknown.stream().map(a -> a.replace("ghost", "lily")).toList());
        assertTrue(known.get(5).contains("is locked"), known.toString());
    }

    /** Five wrong passwords, then the right one: each answer with the wait before it. */
    private List<String> guessSixTimes(String name, String origin) {
        List<String> answers = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String answer = refusal(name, i == 6 ? "lily-pass-1" : "guess-" + i, origin);
            answers.add(clock.takeSeconds() + " " + answer);
        }
        return answers;
    }

    /** The password hash stored for the user. */
    private String storedHash(String name) throws UserStoreException {
        return new UserRows(() -> store).credentials(name).hash();
    }

    /** The line a refused login answers, "locked: " before it when the name is locked. */
    private String refusal(String name, String password, String origin) {
        LoginRefusedException refused = assertThrows(LoginRefusedException.class,
                () -> users.authenticate(name, password.toCharArray(), origin));
        return (refused.locked() ? "locked: " : "") + refused.getMessage();
    }
}
