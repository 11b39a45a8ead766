package shelf.shell.socket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.security.Role;
import shelf.shell.internal.console.InteractiveConsole;

/** Every session logs in before it runs anything, and every statement is checked against the command ACL. */
class LoginAndAccessTest {
    private static final String PROMPT = InteractiveConsole.PROMPT;

    @TempDir
    Path home;

    private TestShell shell;

    @BeforeEach
    void start() throws Exception {
        shell = new TestShell(home);
        shell.users.with("lily", "lily-secret", Role.EDITOR);
        shell.access.table.put("catalog:greet", Set.of(Role.EDITOR));
    }

    @AfterEach
    void stop() {
        shell.close();
    }

    /** The shell on a home without users (one Gogo processor at a time: the first one goes). */
    private TestShell freshHome() throws Exception {
        shell.close();
        shell = new TestShell(Files.createDirectories(home.resolve("fresh")), new FakeUsers());
        return shell;
    }

    private SessionClient commandsAs(String user, String password, String text) throws Exception {
        Map<String, Object> hello = shell.hello("commands");
        hello.put("commands", text);
        if (user == null) {
            hello.remove("user");
            hello.remove("password");
        } else {
            hello.put("user", user);
            hello.put("password", password);
        }
        return shell.connect(hello);
    }

    @Test
    void withoutCredentialsACommandSessionIsRefusedWithOneLineAndStatus2() throws Exception {
        try (SessionClient client = commandsAs(null, null, "catalog:greet a")) {
            assertEquals(2, client.awaitExit());
            assertEquals("", client.stdout());
            assertEquals("error: not logged in — set SHELF_USER and SHELF_PASSWORD for shelf -c and scripts\n",
                    client.stderr());
        }
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        try (SessionClient client = commandsAs("lily", "wrong", "catalog:greet a")) {
            assertEquals(2, client.awaitExit());
            assertTrue(client.stderr().startsWith("error: login failed: wrong user name or password"), client.stderr());
            assertEquals("", client.stdout());
        }
    }

    @Test
    void aLockedUserIsToldThatAnAdminMustUnlockItAndTheStoreHearsWhichLocalUserTried() throws Exception {
        shell.users.lock("lily");
        try (SessionClient client = commandsAs("lily", "lily-secret", "catalog:greet a")) {
            assertEquals(2, client.awaitExit());
            assertEquals("error: login failed: the user lily is locked after 5 failed logins in a row — an admin must run "
                    + "user:unlock lily\n", client.stderr());
            assertEquals("", client.stdout());
        }
        assertEquals(java.util.List.of("local user " + System.getProperty("user.name")), shell.users.origins);
    }

    @Test
    void anEditorRunsWhatTheTableAllowsAndIsRefusedTheRestNamingTheRole() throws Exception {
        try (SessionClient client = commandsAs("lily", "lily-secret", "catalog:greet 微店; catalog:publish -n douyin")) {
            assertEquals(1, client.awaitExit());
            assertEquals("你好, 微店\n", client.stdout());
            assertEquals("error: catalog:publish needs the role admin — lily has editor\n", client.stderr());
        }
    }

    @Test
    void anEditorsPipelineOrAssignmentIsRefusedBeforeAnythingRuns() throws Exception {
        try (SessionClient client = commandsAs("lily", "lily-secret", "catalog:greet a | catalog:count")) {
            assertEquals(1, client.awaitExit());
            assertEquals("", client.stdout(), "nothing of the statement ran");
            assertEquals("error: '|' is not allowed: editor sessions run plain commands — quote it ('…') if it is text\n",
                    client.stderr());
        }
        try (SessionClient client = commandsAs("lily", "lily-secret", "USER = admin; catalog:greet a")) {
            assertEquals(1, client.awaitExit());
            assertEquals("", client.stdout(), "nothing of the statement ran");
            assertEquals("error: '=' is not allowed: editor sessions run plain commands — quote it ('…') if it is text\n",
                    client.stderr());
        }
    }

    @Test
    void anAdminKeepsGogosScripting() throws Exception {
        try (SessionClient client = shell.commands("x = $(catalog:greet 微店); catalog:greet $x")) {
            assertEquals(0, client.awaitExit(), client.stderr());
            assertEquals("你好, 微店\n你好, 你好, 微店\n", client.stdout());
        }
    }

    @Test
    void anEditorsPlainCommandsKeepOptionsCtrlCProgressBarsAndSeeOnlyTheirCommands() throws Exception {
        for (String command : List.of("catalog:publish", "catalog:stall", "catalog:count")) {
            shell.access.table.put(command, Set.of(Role.EDITOR));
        }
        Map<String, Object> hello = shell.hello("interactive");
        hello.put("user", "lily");
        hello.put("password", "lily-secret");
        hello.put("tty", true);
        try (SessionClient client = shell.connect(hello)) {
            client.awaitScreen(s -> s.endsWith(PROMPT), "the prompt");
            client.type("catalog:publish -n douyin\r");
            client.awaitScreen(s -> s.contains("would publish to douyin"), "the option parsed");
            client.type("catalog:count 30\r");
            String screen = client.awaitScreen(s -> s.contains("imported 30 rows"), "the import finishing");
            assertTrue(screen.contains("导入 ["), screen);
            client.type("catalog:stall\r");
            client.awaitScreen(s -> s.contains("stalling"), "the command running");
            client.type("\u0003");
            assertTrue(shell.catalog.interrupted.await(10, TimeUnit.SECONDS), "the command was interrupted");
            client.type("catalog:i\t\r");
            screen = client.awaitScreen(s -> s.contains("unknown command 'catalog:i'"), "no completion, no suggestion");
            assertFalse(screen.contains("catalog:import"), screen);
            client.type("exit\r");
            assertEquals(0, client.awaitExit());
        }
    }

    @Test
    void eachUserHasAPrivateHistoryOfTheirOwn() throws Exception {
        for (String[] who : new String[][] {{"admin", TestShell.PASSWORD, "catalog:publish -n weidian"},
            {"lily", "lily-secret", "catalog:greet lily"}}) {
            Map<String, Object> hello = shell.hello("interactive");
            hello.put("user", who[0]);
            hello.put("password", who[1]);
            try (SessionClient client = shell.connect(hello)) {
                client.awaitScreen(s -> s.endsWith(PROMPT), "the prompt");
                client.type(who[2] + "\r");
                client.awaitScreen(s -> s.indexOf(PROMPT) != s.lastIndexOf(PROMPT), "the next prompt");
                client.type("exit\r");
                assertEquals(0, client.awaitExit());
            }
        }
        Path folder = home.resolve("data/history");
        String lilys = Files.readString(folder.resolve("lily"));
        assertTrue(lilys.contains("catalog:greet lily") && !lilys.contains("publish"), lilys);
        assertFalse(Files.readString(folder.resolve("admin")).contains("lily"));
        assertTrue(Files.readString(folder.resolve("admin")).contains("catalog:publish -n weidian"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("lily"))));
    }

    @Test
    void onAHomeWithoutUsersTheCredentialsCreateTheAdmin() throws Exception {
        TestShell fresh = freshHome();
        try (SessionClient client = fresh.commands("catalog:greet a")) {
            assertEquals(0, client.awaitExit(), client.stderr());
            assertEquals("你好, a\n", client.stdout(), "a -c session prints only what its commands print");
            assertTrue(fresh.users.find("admin").orElseThrow().roles().contains(Role.ADMIN));
        }
    }

    @Test
    void theInteractiveShellAsksForUserAndPasswordWithoutEchoingThePassword() throws Exception {
        Map<String, Object> hello = shell.hello("interactive");
        hello.put("tty", true);
        hello.remove("user");
        hello.remove("password");
        try (SessionClient client = shell.connect(hello)) {
            client.awaitScreen(s -> s.endsWith("user: "), "the user prompt");
            client.type("lily\r");
            client.awaitScreen(s -> s.endsWith("password: "), "the password prompt");
            client.type("lily-secret\r");
            client.awaitScreen(s -> s.endsWith(PROMPT), "the shell prompt");
            assertFalse(client.plainStdout().contains("lily-secret"), "the password was echoed");
            client.type("catalog:publish -n douyin\r");
            client.awaitScreen(s -> s.contains("catalog:publish needs the role admin — lily has editor"), "the refusal");
            client.type("exit\r");
            assertEquals(0, client.awaitExit());
        }
        assertFalse(Files.readString(home.resolve("data/history/lily")).contains("secret"), "a password in the history");
    }

    @Test
    void atThePromptALockedUserIsToldSoAndAskedAgainWhileAWrongPasswordSaysNotWhichPartWasWrong() throws Exception {
        shell.users.lock("lily");
        Map<String, Object> hello = shell.hello("interactive");
        hello.put("tty", true);
        hello.remove("user");
        hello.remove("password");
        try (SessionClient client = shell.connect(hello)) {
            client.awaitScreen(s -> s.endsWith("user: "), "the user prompt");
            client.type("lily\rlily-secret\r");
            client.awaitScreen(s -> s.contains("Login refused: the user lily is locked after 5 failed logins in a row — an "
                    + "admin must run user:unlock lily") && s.endsWith("user: "), "the lock, then the user prompt again");
            client.type("admin\rnot-the-password\r");
            client.awaitScreen(s -> s.contains("Wrong user name or password.") && s.endsWith("user: "), "the refusal");
            client.type("admin\r" + TestShell.PASSWORD + "\r");
            client.awaitScreen(s -> s.endsWith(PROMPT), "the shell prompt");
            client.type("exit\r");
            assertEquals(0, client.awaitExit());
        }
    }

    @Test
    void theFirstInteractiveStartOnAFreshHomeAsksForTheAdminPasswordTwice() throws Exception {
        TestShell fresh = freshHome();
        Map<String, Object> hello = fresh.hello("interactive");
        hello.put("tty", true);
        hello.remove("user");
        hello.remove("password");
        try (SessionClient client = fresh.connect(hello)) {
            client.awaitScreen(s -> s.contains("no users yet") && s.endsWith("New password for admin: "), "the question");
            client.type("first-pass\r");
            client.awaitScreen(s -> s.endsWith("The same again: "), "asked again");
            client.type("other-pass\r");
            client.awaitScreen(s -> s.contains("The two differ") && s.endsWith("New password for admin: "), "once more");
            client.type("first-pass\r");
            client.awaitScreen(s -> s.endsWith("The same again: "), "asked again");
            client.type("first-pass\r");
            client.awaitScreen(s -> s.endsWith(PROMPT), "the shell prompt");
            client.type("exit\r");
            assertEquals(0, client.awaitExit());
        }
        assertTrue(fresh.users.authenticate("admin", "first-pass".toCharArray(), "test").isAdmin());
    }
}
