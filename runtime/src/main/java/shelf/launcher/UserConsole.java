package shelf.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's real stdout and stderr, taken before the runtime redirects System.out/err to the log:
 * only the session client and the launcher's own messages write here.
 */
record UserConsole(PrintStream out, PrintStream err) {

    static UserConsole ofProcess() {
        return new UserConsole(
                new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }
}
