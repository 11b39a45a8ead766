package shelf.launcher;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Attributes.OutputFlag;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * The client's own terminal during an interactive session: in raw mode so every keystroke,
 * Ctrl-C included, travels to the server's line editor; restored on close.
 */
final class LocalTerminal implements AutoCloseable {

    private final Terminal terminal;
    private final Attributes original;
    private final boolean tty;
    private boolean closed;

    private LocalTerminal(Terminal terminal, boolean tty) {
        this.terminal = terminal;
        this.tty = tty;
        this.original = tty ? terminal.getAttributes() : null;
    }

    static LocalTerminal open() {
        Terminal terminal;
        try {
            useBuiltInCapabilities(System.getenv("TERM"));
            // dumb(true): stdin that is no terminal (a pipe) gets a dumb terminal without a warning
            terminal = TerminalBuilder.builder().system(true).dumb(true).nativeSignals(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean tty = !terminal.getType().startsWith(Terminal.TYPE_DUMB);
        LocalTerminal local = new LocalTerminal(terminal, tty);
        if (tty) {
            local.enterRawMode();
            // a kill or hang-up must not leave the user's terminal in raw mode
            Runtime.getRuntime().addShutdownHook(new Thread(local::close, "shelf-terminal-restore"));
        }
        return local;
    }

    /**
     * JLine starts this machine's infocmp to learn a terminal type's capabilities, a process per type, and
     * falls back on its own copy; its own copy of the common types is used instead (as the runtime does for
     * its sessions' terminals), so that the start spawns no process for it while the runtime starts beside.
     */
    private static void useBuiltInCapabilities(String type) {
        if (type != null && InfoCmp.getLoadedInfoCmp(type) == null) {
            String builtIn = InfoCmp.getDefaultInfoCmp(type);
            if (builtIn != null) {
                InfoCmp.setLoadedInfoCmp(type, builtIn);
            }
        }
    }

    /** Width of stdout when it is a terminal, checked on stdout itself (System.console() needs stdin too). */
    static OptionalInt stdoutWidth() {
        for (String provider : List.of("jni", "exec")) {
            try {
                TerminalProvider terminals = TerminalProvider.load(provider);
                return terminals.isSystemStream(SystemStream.Output)
                        ? OptionalInt.of(Math.max(terminals.systemStreamWidth(SystemStream.Output), 0))
                        : OptionalInt.empty();
            } catch (IOException | RuntimeException | LinkageError e) {
                // this provider does not work here; try the next one
            }
        }
        return OptionalInt.empty();
    }

    boolean isTty() {
        return tty;
    }

    String type() {
        return tty ? Hello.terminalType() : "dumb";
    }

    int cols() {
        Size size = terminal.getSize();
        return size.getColumns() > 0 ? size.getColumns() : 80;
    }

    int rows() {
        Size size = terminal.getSize();
        return size.getRows() > 0 ? size.getRows() : 24;
    }

    void onResize(Runnable action) {
        terminal.handle(Terminal.Signal.WINCH, signal -> action.run());
    }

    /** Raw bytes from stdin, read straight from the file descriptor so escape sequences stay whole. */
    InputStream input() {
        return new FileInputStream(FileDescriptor.in);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (tty) {
                terminal.setAttributes(original);
            }
            terminal.close();
        } catch (IOException | RuntimeException e) {
            // the terminal is going away with the process anyway
        }
    }

    private void enterRawMode() {
        Attributes raw = new Attributes(original);
        raw.setLocalFlags(EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.IEXTEN, LocalFlag.ISIG), false);
        raw.setInputFlags(EnumSet.of(InputFlag.IXON, InputFlag.ICRNL, InputFlag.INLCR), false);
        // the server's terminal already turns \n into \r\n; doing it here as well would double the \r
        raw.setOutputFlags(EnumSet.of(OutputFlag.OPOST), false);
        raw.setControlChar(ControlChar.VMIN, 1);
        raw.setControlChar(ControlChar.VTIME, 0);
        terminal.setAttributes(raw);
    }
}
