package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Operators over SSH, with the real OpenSSH client: a key added with user:key logs in, so does a password;
 * the console is the shell's, with its checks for the user logged in; wrong passwords lock the user as they
 * do in the shell; every login is in the audit trail with the address it came from.
 */
class SshIT extends RunningShelf {
    private int port;

    @Test
    void aKeyAndAPasswordLogInTheConsoleChecksTheSshUserAndFiveWrongPasswordsLock() throws Exception {
        port = freePort();
        Files.writeString(home.resolve("etc/ssh.properties"), "port=" + port + "\n");
        // the real login delays double from 1 s to 30 s; here from 0.1 s to 0.4 s, so the test takes seconds
        Files.createDirectories(home.resolve("etc/features"));
        Files.writeString(home.resolve("etc/features/quick-logins.json"), """
                {"feature-resource-version": "1.0", "id": "local:quick-logins:1.0.0", "bundles": [], "configurations": {
                  "shelf.login": {"firstDelayMillis": 100, "longestDelayMillis": 400}}}
                """);
        shelf.ok("feature:install quick-logins");
        assertTrue(shelf.ok("feature:install remote").startsWith("Installed feature remote"));
        shelf.with("SHELF_NEW_PASSWORD", "lily-pass-1").ok("user:add lily --role editor");

        Path key = desk.resolve("id_ed25519");
        run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "admin@laptop", "-f", key.toString()), "");
        String publicKey = Files.readString(desk.resolve("id_ed25519.pub")).strip();
        String fingerprint = run(List.of("ssh-keygen", "-l", "-f", key + ".pub"), "").out().split(" ")[1];
        assertEquals("Added the key " + fingerprint + " (ssh-ed25519) to admin\n",
                shelf.ok("user:key add admin \"" + publicKey + "\""));

        Result admin = ssh(List.of("-i", key.toString(), "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
                "-o", "PreferredAuthentications=publickey"), "admin", "user:list\nuser:key list\n");
        assertEquals(0, admin.status(), admin.toString());
        assertTrue(admin.out().contains("shelf> user:list\nUser   Roles   Merchants  Categories  State   Added by\n"
                + "admin  admin   all        all         active  admin\nlily   editor  all        all         active  admin\n"),
                admin.toString());
        assertNotNull(ShelfCommand.lineWith(admin.out(), fingerprint), admin.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("etc/ssh-host-key"))));

        Result lily = ssh(password("lily-pass-1"), "lily", "batch:list\nuser:add bob --role editor\nuser:key list admin\n");
        assertEquals(0, lily.status(), lily.toString());
        assertTrue(lily.out().contains("shelf> batch:list\nNo batches yet"), lily.toString());
        ShelfCommand.Result local = shelf.as("lily", "lily-pass-1").run("-c", "user:add bob --role editor");
        assertEquals("error: user:add needs the role admin — lily has editor\n", local.err());
        assertTrue(lily.out().contains("shelf> user:add bob --role editor\n" + local.err()), lily.toString());
        assertTrue(lily.out().contains("error: the SSH keys of admin are for an admin or admin — lily manages only "
                + "their own (user:key list lily)\n"), lily.toString());
        assertFalse(shelf.ok("user:list").contains("bob"));

        List<Integer> guesses = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Result wrong = ssh(password("guess-" + i), "lily", "batch:list\n");
            assertTrue(wrong.err().contains("Permission denied"), wrong.toString());
            guesses.add(wrong.status());
        }
        assertEquals(List.of(255, 255, 255, 255, 255), guesses);
        Result afterLock = ssh(password("lily-pass-1"), "lily", "batch:list\n");
        assertEquals(255, afterLock.status(), "the right password is refused once the user is locked: " + afterLock);
        assertTrue(ShelfCommand.lineWith(shelf.ok("user:list"), "lily").contains("locked"));
        ShelfCommand.Result lockedLocally = shelf.as("lily", "lily-pass-1").run("-c", "batch:list");
        assertTrue(lockedLocally.err().contains("the user lily is locked after 5 failed logins in a row"), lockedLocally.toString());

        String lilyTrail = shelf.ok("audit:tail --user lily");
        assertEquals(1, count(lilyTrail, "logged in", "ssh from 127.0.0.1"), lilyTrail);
        assertEquals(5, count(lilyTrail, "refused", "ssh from 127.0.0.1: wrong password"), lilyTrail);
        assertEquals(1, count(lilyTrail, "refused", "ssh from 127.0.0.1: locked"), lilyTrail);
        String adminTrail = Files.readString(home.resolve("data/audit.log"));
        assertTrue(adminTrail.contains("ssh from 127.0.0.1, key " + fingerprint), "the key login in the audit trail");
    }

    private static long count(String trail, String outcome, String detail) {
        return trail.lines().filter(line -> line.contains(" login ") && line.contains(outcome) && line.contains(detail)).count();
    }

    record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** The client's options for a password login: the password comes from a small SSH_ASKPASS script. */
    private List<String> password(String password) throws IOException {
        Path askpass = desk.resolve("askpass.sh");
        Files.writeString(askpass, "#!/bin/sh\nprintf '%s\\n' '" + password + "'\n");
        Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
        return List.of("-o", "PubkeyAuthentication=no", "-o", "PreferredAuthentications=password",
                "-o", "NumberOfPasswordPrompts=1", "ASKPASS=" + askpass);
    }

    /** ssh USER@127.0.0.1 without a terminal, the lines on its standard input, as a script would. */
    private Result ssh(List<String> options, String user, String input) throws Exception {
        List<String> command = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-T", "-p", String.valueOf(port),
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR"));
        String askpass = null;
        for (String option : options) {
            if (option.startsWith("ASKPASS=")) {
                askpass = option.substring("ASKPASS=".length());
            } else {
                command.add(option);
            }
        }
        command.add(user + "@127.0.0.1");
        return run(command, input, askpass);
    }

    private static Result run(List<String> command, String input) throws Exception {
        return run(command, input, null);
    }

    private static Result run(List<String> command, String input, String askpass) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (askpass != null) {
            builder.environment().put("SSH_ASKPASS", askpass);
            builder.environment().put("SSH_ASKPASS_REQUIRE", "force");
        }
        Path out = Files.createTempFile("ssh-out", ".txt");
        Path err = Files.createTempFile("ssh-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within 30 s");
            }
            // a console without a terminal echoes each line read with CR LF, as the local shell's does
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8).replace("\r", ""),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
