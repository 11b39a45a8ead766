package shelf.api.shell;

import java.io.InputStream;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.security.Subject;

/**
 * The shell's console for a front end that logs its users in itself (SSH): the same console as the local
 * shell's — completion, help, progress bars, the plain grammar for non-admins, the command ACL — for the
 * subject given. Provided by the shell.
 */
@ProviderType
public interface Consoles {

    /**
     * A console on a terminal whose keystrokes and screen are the given streams; nothing runs before
     * {@link Console#run()}.
     *
     * @param terminalType the client's TERM ("xterm-256color"); null or "dumb" for a terminal without cursor keys
     * @param origin where the user connects from, for the log: "ssh from 10.0.0.7:51234"
     */
    Console open(Subject subject, InputStream keystrokes, OutputStream screen, String terminalType, int columns,
            int rows, String origin);

    /** One console session. */
    @ProviderType
    interface Console {
        /** Runs the console until the user types exit or Ctrl-D, or the keystrokes end; the exit status. */
        int run();

        /** The client's window changed size. */
        void resize(int columns, int rows);

        /** The client went away: interrupts the command running, if any. */
        void hangUp();
    }
}
