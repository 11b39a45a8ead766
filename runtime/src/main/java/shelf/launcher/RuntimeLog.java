package shelf.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Sends everything the runtime logs or prints to HOME/log/shelf.log. Bundles log through
 * System.Logger, which lands in java.util.logging; the console belongs to the session client.
 */
final class RuntimeLog {

    private static volatile boolean installed;

    private RuntimeLog() {
    }

    /** Whether log records reach shelf.log; before install they would reach the console. */
    static boolean isInstalled() {
        return installed;
    }

    static void install(ShelfHome home, boolean verbose) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        try {
            // created 0640 before FileHandler opens it: the log names users and failed logins
            FileModes.limit(home.logFile(), FileModes.LOG_FILE);
            // '%' is a pattern character of FileHandler; one file, appended to, never rotated away
            FileHandler file = new FileHandler(home.logFile().toString().replace("%", "%%"), 0, 1, true);
            file.setFormatter(new OneLineFormatter());
            file.setEncoding(StandardCharsets.UTF_8.name());
            file.setLevel(Level.ALL);
            root.addHandler(file);
        } catch (IOException e) {
            throw new LaunchException("cannot write the log " + home.logFile() + " (" + e.getMessage()
                    + ") — make the folder writable", e);
        }
        root.setLevel(verbose ? Level.FINE : Level.INFO);
        System.setOut(new PrintStream(new LineLoggingStream(Logger.getLogger("stdout"), Level.INFO), true,
                StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new LineLoggingStream(Logger.getLogger("stderr"), Level.WARNING), true,
                StandardCharsets.UTF_8));
        installed = true;
    }
}
