package shelf.launcher;

import com.google.gson.Gson;
import java.nio.charset.StandardCharsets;

/** The 'H' frame that opens a session: what the client wants and what its terminal is like. */
record Hello(int protocol, String mode, String commands, String source, String cwd, boolean tty, String term,
             int cols, int rows, boolean verbose) {

    static final int PROTOCOL = 1;

    static Hello interactive(LocalTerminal terminal, boolean verbose) {
        return new Hello(PROTOCOL, "interactive", null, null, currentDir(), terminal.isTty(), terminal.type(),
                terminal.cols(), terminal.rows(), verbose);
    }

    static Hello commands(String commands, String source, boolean tty, int cols, boolean verbose) {
        return new Hello(PROTOCOL, "commands", commands, source, currentDir(), tty, tty ? terminalType() : "dumb",
                cols, 24, verbose);
    }

    static Hello shutdown() {
        return new Hello(PROTOCOL, "shutdown", null, null, currentDir(), false, "dumb", 80, 24, false);
    }

    byte[] toJson() {
        return new Gson().toJson(this).getBytes(StandardCharsets.UTF_8);
    }

    static String terminalType() {
        String term = System.getenv("TERM");
        return term == null || term.isBlank() ? "xterm-256color" : term;
    }

    private static String currentDir() {
        return System.getProperty("user.dir");
    }
}
