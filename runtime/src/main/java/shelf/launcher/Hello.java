package shelf.launcher;

import com.google.gson.Gson;
import java.nio.charset.StandardCharsets;

/**
 * The 'H' frame that opens a session: what the client wants, what its terminal is like, and who logs in.
 * user, password and newPassword are SHELF_USER, SHELF_PASSWORD and SHELF_NEW_PASSWORD from the client's
 * environment (absent: null, and the session asks or refuses). They go over the session socket, which only
 * its owner can open (0600 in a 0700 folder) and which the client checks before sending them
 * ({@link SocketSafety}); they are never logged or printed.
 */
record Hello(int protocol, String mode, String commands, String source, String cwd, boolean tty, String term,
             int cols, int rows, boolean verbose, String user, String password, String newPassword) {

    static final int PROTOCOL = 1;

    static Hello interactive(LocalTerminal terminal, boolean verbose) {
        return new Hello(PROTOCOL, "interactive", null, null, currentDir(), terminal.isTty(), terminal.type(),
                terminal.cols(), terminal.rows(), verbose, env("SHELF_USER"), env("SHELF_PASSWORD"),
                env("SHELF_NEW_PASSWORD"));
    }

    static Hello commands(String commands, String source, boolean tty, int cols, boolean verbose) {
        return new Hello(PROTOCOL, "commands", commands, source, currentDir(), tty, tty ? terminalType() : "dumb",
                cols, 24, verbose, env("SHELF_USER"), env("SHELF_PASSWORD"), env("SHELF_NEW_PASSWORD"));
    }

    static Hello shutdown() {
        return new Hello(PROTOCOL, "shutdown", null, null, currentDir(), false, "dumb", 80, 24, false, null, null, null);
    }

    byte[] toJson() {
        return new Gson().toJson(this).getBytes(StandardCharsets.UTF_8);
    }

    /** Never the passwords. */
    @Override
    public String toString() {
        return "Hello[mode=" + mode + ", user=" + user + ", tty=" + tty + "]";
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? null : value;
    }

    static String terminalType() {
        String term = System.getenv("TERM");
        return term == null || term.isBlank() ? "xterm-256color" : term;
    }

    private static String currentDir() {
        return System.getProperty("user.dir");
    }
}
