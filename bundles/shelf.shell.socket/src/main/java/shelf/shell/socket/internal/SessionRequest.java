package shelf.shell.socket.internal;

import java.nio.file.Path;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * What the client asks for in its 'H' frame. Fields the client leaves out take the defaults of a plain,
 * non-terminal session. user and password are the client's SHELF_USER and SHELF_PASSWORD, newPassword its
 * SHELF_NEW_PASSWORD (for user:add); they travel over the socket only its owner can open, and are never
 * logged.
 */
record SessionRequest(int protocol, String mode, String commands, String source, String cwd, boolean tty,
        String term, int cols, int rows, boolean verbose, String user, String password, String newPassword) {

    static final int PROTOCOL = 1;
    static final String INTERACTIVE = "interactive";
    static final String COMMANDS = "commands";
    static final String SHUTDOWN = "shutdown";

    private static final Gson GSON = new Gson();

    /** Parses the 'H' payload; the message of the exception is the sentence the client shows. */
    static SessionRequest parse(String json) {
        SessionRequest raw;
        try {
            raw = GSON.fromJson(json, SessionRequest.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("the session request is not valid JSON: " + e.getMessage());
        }
        if (raw == null) {
            throw new IllegalArgumentException("the session request is empty");
        }
        if (raw.protocol != PROTOCOL) {
            throw new IllegalArgumentException("the client speaks protocol " + raw.protocol + ", this runtime speaks "
                    + PROTOCOL + " — use the shelf script of the same version");
        }
        String mode = raw.mode == null ? "" : raw.mode;
        if (!mode.equals(INTERACTIVE) && !mode.equals(COMMANDS) && !mode.equals(SHUTDOWN)) {
            throw new IllegalArgumentException("unknown session mode '" + mode + "' — expected interactive, commands or shutdown");
        }
        return new SessionRequest(raw.protocol, mode, raw.commands == null ? "" : raw.commands,
                raw.source == null ? "-c" : raw.source, raw.cwd, raw.tty,
                raw.term == null || raw.term.isBlank() ? "xterm-256color" : raw.term,
                raw.cols > 0 ? raw.cols : 80, raw.rows > 0 ? raw.rows : 24, raw.verbose,
                raw.user == null ? "" : raw.user.strip(), raw.password == null ? "" : raw.password,
                raw.newPassword == null ? "" : raw.newPassword);
    }

    /** Never the passwords: a request may end up in a log line. */
    @Override
    public String toString() {
        return "SessionRequest[mode=" + mode + ", user=" + user + ", tty=" + tty + ", term=" + term + "]";
    }

    /** The folder relative paths are resolved against: the client's, else the runtime's own. */
    Path workingDirectory() {
        if (cwd != null && !cwd.isBlank() && Path.of(cwd).isAbsolute()) {
            return Path.of(cwd).normalize();
        }
        return Path.of(System.getProperty("user.dir")).toAbsolutePath();
    }

    /** Whether the statements come from a script file (errors then name the file and line). */
    boolean fromScriptFile() {
        return !"-c".equals(source) && !source.isBlank();
    }
}
