package shelf.api.shell;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.annotation.versioning.ProviderType;

import shelf.api.security.Subject;

/**
 * The shell's console for a front end (the local session socket, SSH): the same console for each — completion,
 * help, progress bars, the plain grammar for non-admins, the command ACL. The front end says who the user is,
 * or asks on the console's terminal ({@link Login}); statements without a terminal ({@code shelf -c}, script
 * files) run through {@link #script}. Provided by the shell.
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

    /**
     * A console whose user logs in on its terminal first (the local shell): {@code login} asks there, and when it
     * fails the console shows its message after "error: " and ends with status {@value #REFUSED}.
     *
     * @param terminalType the client's TERM ("dumb" for a terminal without cursor keys); null when the client's
     *        screen is not a terminal
     * @param workingDirectory the folder relative paths are resolved against
     * @param verbose whether a failing command shows its whole error
     * @param newPassword the client's new password for user:add (SHELF_NEW_PASSWORD), or null
     * @param origin where the user connects from, for the log: "local user alice"
     * @since 1.6
     */
    Console open(Login login, InputStream keystrokes, OutputStream screen, String terminalType, int columns, int rows,
            Path workingDirectory, boolean verbose, char[] newPassword, String origin);

    /**
     * Statements run one after the other without a terminal ({@code shelf -c}, a script file), for a user the
     * front end has logged in; {@link Console#run()} gives the exit status, non-zero when a statement failed.
     *
     * @param statements the statements, separated by ';' or new lines
     * @param scriptFile the script's file name, for messages that name its line; null for {@code -c}
     * @param tty whether the client's output is a terminal
     * @since 1.6
     */
    Console script(Subject subject, String statements, String scriptFile, PrintStream out, PrintStream err,
            Path workingDirectory, boolean verbose, boolean tty, char[] newPassword);

    /** The exit status of a console whose login failed. */
    int REFUSED = 2;

    /** How a front end logs in the user of a console on its terminal. */
    @ConsumerType
    interface Login {
        /**
         * The user at the console: from the front end's credentials, else asked on {@code prompt}.
         *
         * @param out the console's screen, to tell the user what happened (a first admin created)
         * @throws Refused with the one line the console shows
         */
        Subject logIn(Prompt prompt, PrintStream out) throws Refused;

        /**
         * Whether {@link #logIn} may ask on the terminal. False when the front end's credentials already say who
         * the user is: the console then shows its prompt while they are checked, and what is typed waits for the
         * check to succeed.
         */
        default boolean asksOnTerminal() {
            return true;
        }
    }

    /** Questions on the console's terminal; every answer is null when the user ends the input. */
    @ProviderType
    interface Prompt {
        String line(String prompt);

        /** Asked without echo. */
        char[] secret(String prompt);
    }

    /** The login failed; the message is the line the user sees. */
    final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

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
