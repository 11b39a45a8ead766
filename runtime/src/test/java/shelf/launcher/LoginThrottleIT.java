package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Password guessing through the socket: failures slow down, five lock the name, an admin unlocks it. */
class LoginThrottleIT extends RunningShelf {
    private static final String WRONG = "error: login failed: wrong user name or password in SHELF_USER / SHELF_PASSWORD, "
            + "or the user is disabled\n";

    private static String locked(String name) {
        return "error: login failed: the user " + name + " is locked after 5 failed logins in a row — an admin must run "
                + "user:unlock " + name + "\n";
    }

    /** Five wrong passwords, then the right one: status and error line of each. */
    private List<String> guessFiveTimesThenTheRightOne(String name) throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            ShelfCommand.Result result = shelf.as(name, i == 6 ? "lily-pass-1" : "guess-" + i).run("-c", "batch:list");
            assertEquals("", result.out(), result.toString());
            answers.add(result.status() + " " + result.err());
        }
        return answers;
    }

    @Test
    void fiveWrongPasswordsLockAUserUntilAnAdminUnlocksAnUnknownNameIsAnsweredTheSameAndTheOwnerCanUnlockTheLastAdmin() throws Exception {
        // the real waits double from 1 s to 30 s; here from 0.1 s to 0.4 s, so the test takes seconds, not minutes
        Files.createDirectories(home.resolve("etc/features"));
        Files.writeString(home.resolve("etc/features/quick-logins.json"), """
                {"feature-resource-version": "1.0", "id": "local:quick-logins:1.0.0", "bundles": [], "configurations": {
                  "shelf.login": {"firstDelayMillis": 100, "longestDelayMillis": 400}}}
                """);
        shelf.ok("feature:install quick-logins");
        shelf.with("SHELF_NEW_PASSWORD", "lily-pass-1").ok("user:add lily --role editor");
        shelf.with("SHELF_NEW_PASSWORD", "wang-pass-1").ok("user:add wang --role editor");

        List<String> lily = guessFiveTimesThenTheRightOne("lily");
        assertEquals(List.of("2 " + WRONG, "2 " + WRONG, "2 " + WRONG, "2 " + WRONG, "2 " + locked("lily"),
                "2 " + locked("lily")), lily, "the fifth failure locks; then the right password is refused too");
        List<String> ghost = guessFiveTimesThenTheRightOne("ghost");
        assertEquals(lily, ghost.stream().map(answer -> answer.replace("ghost", "lily")).toList(),
                "a name that is no user gets the very same answers");

        String users = shelf.ok("user:list");
        assertTrue(ShelfCommand.lineWith(users, "lily").contains("locked"), users);
        assertTrue(ShelfCommand.lineWith(users, "wang").contains("active"), users);
        String origin = "local user " + System.getProperty("user.name");
        String tail = shelf.ok("audit:tail --user lily");
        assertEquals(6, tail.lines().filter(line -> line.contains(" login ") && line.contains("refused")).count(), tail);
        assertTrue(tail.contains(origin + ": wrong password"), tail);
        assertTrue(tail.contains(origin + ": locked"), tail);
        String ghostTail = shelf.ok("audit:tail --user ghost");
        assertTrue(ghostTail.contains(origin + ": no such user"), ghostTail);
        assertNotNull(ShelfCommand.lineWith(shelf.ok("audit:tail --user system"), "user:lock"));
        String trail = Files.readString(home.resolve("data/audit.log"));
        String log = Files.readString(home.resolve("log/shelf.log"));
        assertFalse(trail.contains("guess-") || trail.contains("lily-pass-1"), "a password in the audit trail");
        assertFalse(log.contains("guess-") || log.contains("lily-pass-1"), "a password in shelf.log");
        assertFalse(log.contains("ghost"), "shelf.log names the origin of a failed login, the audit trail the name");

        ShelfCommand.Result notAdmin = shelf.as("wang", "wang-pass-1").run("-c", "user:unlock lily");
        assertEquals("error: user:unlock needs the role admin — wang has editor\n", notAdmin.err(), notAdmin.toString());

        assertEquals(0, shelf.run("stop").status());
        assertEquals(0, shelf.run("start").status());
        ShelfCommand.Result afterRestart = shelf.as("lily", "lily-pass-1").run("-c", "batch:list");
        assertEquals(locked("lily"), afterRestart.err(), "the lock outlasts a restart");

        assertEquals("Unlocked lily — the next login starts with no failures counted\n", shelf.ok("user:unlock lily"));
        assertEquals(0, shelf.as("lily", "lily-pass-1").run("-c", "batch:list").status());
        assertTrue(ShelfCommand.lineWith(shelf.ok("user:list"), "lily").contains("active"));
        String admin = shelf.ok("audit:tail --user admin");
        assertNotNull(ShelfCommand.lineWith(admin, "user:unlock"), admin);

        // the only admin locked: the home's owner names it in etc/shelf.properties and restarts (stop needs no login)
        for (int i = 1; i <= 5; i++) {
            shelf.as("admin", "guess-" + i).run("-c", "batch:list");
        }
        assertEquals(locked("admin"), shelf.run("-c", "batch:list").err());
        assertEquals(0, shelf.run("stop").status());
        Files.writeString(home.resolve("etc/shelf.properties"), "shelf.login.unlock=admin\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, shelf.run("start").status());
        assertTrue(ShelfCommand.lineWith(shelf.ok("user:list"), "admin").contains("active"));
        assertTrue(Files.readString(home.resolve("log/shelf.log"))
                .contains("unlocked admin, as shelf.login.unlock in etc/shelf.properties asks — remove that line now"));
    }
}
