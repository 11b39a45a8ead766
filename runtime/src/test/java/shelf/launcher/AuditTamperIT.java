package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What someone who can write SHELF_HOME/data/audit.log does to it while Shelf is stopped — cut its end, empty
 * it, delete it, rewrite a line with every later hash recomputed, rewrite it all as a plain chain — and what
 * audit:verify says after the next start. Each of these passed as intact before the chain was keyed.
 */
class AuditTamperIT extends RunningShelf {

    /** Bundle and feature changes as an admin makes them; returns how many lines the trail has then. */
    private int someChanges() throws Exception {
        shelf.ok("feature:install gogo-command; bundle:stop org.apache.felix.gogo.command; "
                + "bundle:start org.apache.felix.gogo.command; feature:uninstall gogo-command");
        String tail = shelf.ok("audit:tail --user admin");
        for (String command : List.of("feature:install", "bundle:stop", "bundle:start", "feature:uninstall")) {
            assertNotNull(ShelfCommand.lineWith(tail, command), command + " is audited:\n" + tail);
        }
        String intact = shelf.ok("audit:verify").strip();
        int lines = log().size();
        assertEquals("audit.log is intact: " + lines + " lines, each keyed (HMAC-SHA256) and chained to the one "
                + "before; the last is the catalogue's head", intact);
        return lines;
    }

    private Path file() {
        return home.resolve("data/audit.log");
    }

    private List<String> log() throws Exception {
        return new ArrayList<>(Files.readAllLines(file(), StandardCharsets.UTF_8));
    }

    /** Stops Shelf, does this to its files, starts it again. */
    private void whileStopped(Tampering tampering) throws Exception {
        assertEquals(0, shelf.run("stop").status());
        tampering.apply();
        ShelfCommand.Result started = shelf.run("start");
        assertEquals(0, started.status(), started.toString());
    }

    /** What verify says of a trail emptied or deleted after {@code lines} lines: its own login is the first line left. */
    private static String startsLate(int lines) {
        return "audit.log begins at entry " + (lines + 1) + ": entries 1-" + lines + " were removed — the file was emptied"
                + " or deleted, then written to again";
    }

    private void assertVerifySays(String message) throws Exception {
        ShelfCommand.Result verify = shelf.run("-c", "audit:verify");
        assertEquals(1, verify.status(), verify.toString());
        assertEquals("error: " + message, verify.err().strip());
    }

    private interface Tampering {
        void apply() throws Exception;
    }

    @Test
    void theKeyAndTheLogAreReadableByTheOwnerOnly() throws Exception {
        someChanges();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("etc/audit.key"))));
        assertEquals(32, Files.size(home.resolve("etc/audit.key")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
    }

    @Test
    void linesCutFromTheEndAreNamed() throws Exception {
        int lines = someChanges();
        whileStopped(() -> Files.write(file(), log().subList(0, lines - 2), StandardCharsets.UTF_8));
        // audit:verify logs in first, and the login is audited: the cut shows as the gap before that line
        assertVerifySays("audit.log line " + (lines - 1) + " is entry " + (lines + 1) + ": entries " + (lines - 1) + "-"
                + lines + " before it were removed");
    }

    @Test
    void anEmptiedLogIsNamed() throws Exception {
        int lines = someChanges();
        whileStopped(() -> Files.write(file(), new byte[0]));
        assertVerifySays(startsLate(lines));
    }

    @Test
    void aDeletedLogIsNamed() throws Exception {
        int lines = someChanges();
        whileStopped(() -> Files.delete(file()));
        assertVerifySays(startsLate(lines));
    }

    @Test
    void aLineRewrittenWithEveryLaterHashRecomputedIsNamed() throws Exception {
        someChanges();
        whileStopped(() -> Files.write(file(), rewritten(log(), 2), StandardCharsets.UTF_8));
        assertVerifySays("audit.log line 2 changed after it was written (its MAC does not match)");
    }

    @Test
    void aRefusedKeyNamesTheChmodToRun() throws Exception {
        someChanges();
        Path key = home.resolve("etc/audit.key");
        whileStopped(() -> Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--")));
        assertVerifySays(key + " is open to other users (rw-r--r--), so it is not used: run chmod 600 " + key);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        assertTrue(shelf.ok("audit:verify").startsWith("audit.log is intact"));
    }

    /**
     * What defeated the unkeyed chain: line {@code number}'s user changed, then it and every later line given the
     * SHA-256 of its text in its last field and the new value of the line before in "prev".
     */
    private static List<String> rewritten(List<String> lines, int number) throws Exception {
        List<String> result = new ArrayList<>(lines);
        result.set(number - 1, result.get(number - 1).replaceFirst("\"user\":\"[^\"]*\"", "\"user\":\"nobody\""));
        String prev = lastValue(result.get(number - 2));
        for (int i = number - 1; i < result.size(); i++) {
            String line = result.get(i).replaceFirst("\"prev\":\"[0-9a-f]{64}\"", "\"prev\":\"" + prev + "\"");
            int at = line.lastIndexOf(",\"");
            String signed = line.substring(0, at);
            prev = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(signed.getBytes(StandardCharsets.UTF_8)));
            result.set(i, signed + line.substring(at, line.indexOf(':', at) + 1) + "\"" + prev + "\"}");
        }
        return result;
    }

    private static String lastValue(String line) {
        return line.substring(line.length() - 66, line.length() - 2);
    }
}
