package shelf.shell.internal.session;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

import shelf.shell.internal.console.InteractiveConsole;

/**
 * The console's prompt shown while the front end's credentials are still being checked (600,000 rounds of
 * PBKDF2), so that a user who logs in without being asked sees the prompt as soon as the terminal is there.
 * It is only drawn: nothing reads the keyboard until the login has succeeded, so what is typed meanwhile waits in
 * the terminal's input, and nothing runs, completes or reads the user's history before that. What the login says
 * (a first admin created, a refusal) replaces the drawn prompt instead of following it on the same line.
 * The terminal does not echo while the prompt is only drawn: the line reader shows what was typed once it reads
 * it, and a line typed ahead would otherwise appear twice.
 */
final class EarlyPrompt {
    private static final EarlyPrompt NONE = new EarlyPrompt(null, null);

    private final Terminal terminal;
    private final Attributes echoing;
    private final ByteArrayOutputStream said = new ByteArrayOutputStream();

    private EarlyPrompt(Terminal terminal, Attributes echoing) {
        this.terminal = terminal;
        this.echoing = echoing;
    }

    /** Draws the prompt when {@code show}; a terminal that cannot move its cursor back never gets one. */
    static EarlyPrompt showIf(boolean show, Terminal terminal) {
        if (!show || terminal.getStringCapability(Capability.carriage_return) == null
                || terminal.getStringCapability(Capability.clr_eol) == null) {
            return NONE;
        }
        Attributes echoing = terminal.getAttributes();
        Attributes quiet = new Attributes(echoing);
        quiet.setLocalFlag(LocalFlag.ECHO, false);
        terminal.setAttributes(quiet);
        terminal.writer().print(InteractiveConsole.PROMPT);
        terminal.flush();
        return new EarlyPrompt(terminal, echoing);
    }

    /** Where the login tells the user what happened: held back while the prompt is drawn. */
    PrintStream loginOutput(PrintStream screen) {
        return terminal == null ? screen : new PrintStream(said, true, StandardCharsets.UTF_8);
    }

    /** The login failed: the drawn prompt goes, so the refusal stands alone on its line. */
    void withdraw(PrintStream screen) {
        if (terminal != null) {
            terminal.setAttributes(echoing);
            erase();
            screen.print(said.toString(StandardCharsets.UTF_8));
        }
    }

    /**
     * The user is known: the line reader draws its prompt over this one from the line's start (so the prompt does
     * not flicker), unless the login had something to say first.
     */
    void loggedIn(PrintStream screen) {
        if (terminal == null) {
            return;
        }
        if (said.size() > 0) {
            withdraw(screen);
        } else {
            terminal.setAttributes(echoing);
            terminal.puts(Capability.carriage_return);
            terminal.flush();
        }
    }

    private void erase() {
        terminal.puts(Capability.carriage_return);
        terminal.puts(Capability.clr_eol);
        terminal.flush();
    }
}
