package shelf.shell.internal.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;

/** What JLine reads a session's keyboard from. */
final class Keystrokes {
    private static final byte CTRL_C = 0x03;

    private Keystrokes() {
    }

    /**
     * The keystrokes, read from the client by a thread of the session's own. JLine interrupts the thread that
     * reads its input when the terminal closes, and an interrupt during a read closes a socket channel for
     * good, so JLine must never read the connection itself.
     */
    static InputStream copied(InputStream keyboard) throws IOException {
        PipedInputStream keystrokes = new PipedInputStream(64 * 1024);
        PipedOutputStream typed = new PipedOutputStream(keystrokes);
        Thread copier = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try (typed) {
                for (int n; (n = keyboard.read(buffer, 0, buffer.length)) >= 0; ) {
                    int from = afterLastInterrupt(buffer, n);
                    typed.write(buffer, from, n - from);
                    typed.flush(); // wakes the reader now, not within its one-second poll
                }
            } catch (IOException terminalClosed) {
                // the session has ended; what is still typed goes nowhere
            }
        }, Thread.currentThread().getName() + "-input");
        copier.setDaemon(true);
        copier.start();
        return keystrokes;
    }

    /**
     * Where to start forwarding a burst of keystrokes: at its last Ctrl-C, if it has one. A terminal driver
     * discards the input not yet read when Ctrl-C interrupts; JLine's line discipline does not (see
     * LineDisciplineTerminal.raise), so text pasted or typed ahead just before a Ctrl-C would otherwise
     * land on the next prompt instead of being dropped with the line it belonged to.
     */
    static int afterLastInterrupt(byte[] burst, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (burst[i] == CTRL_C) {
                return i;
            }
        }
        return 0;
    }
}
