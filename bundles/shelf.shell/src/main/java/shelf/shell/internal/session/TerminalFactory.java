package shelf.shell.internal.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/** A JLine terminal over a client's streams: its keystrokes in, its screen out (the socket's frames, an SSH channel). */
final class TerminalFactory {
    private TerminalFactory() {
    }

    /** @param type the client's TERM, or null for a dumb terminal (no cursor keys, no drawing) */
    static Terminal create(InputStream keyboard, OutputStream screen, String type, int cols, int rows) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JLine finds its terminal providers through the context class loader; in OSGi that must be JLine's.
        thread.setContextClassLoader(TerminalBuilder.class.getClassLoader());
        useBuiltInCapabilities(type);
        try {
            return TerminalBuilder.builder()
                    .system(false)
                    .name("shelf")
                    // the exec provider makes a plain stream terminal and loads no native library
                    .provider(TerminalBuilder.PROP_PROVIDER_EXEC)
                    .streams(keyboard, screen)
                    .type(type == null ? Terminal.TYPE_DUMB : type)
                    .size(new Size(cols, rows))
                    .encoding(StandardCharsets.UTF_8)
                    .build();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * JLine asks this machine's infocmp for a terminal type's capabilities, a process started per type (50-90 ms
     * on the way to the first prompt), and uses its own copy only when that fails. This machine's terminfo is
     * not the client's anyway (an SSH client's terminal is on another machine): JLine's copy of the common types
     * (xterm, xterm-256color, screen, rxvt, ansi…) is used when it has one; other types still go to infocmp.
     */
    private static void useBuiltInCapabilities(String type) {
        if (type != null && InfoCmp.getLoadedInfoCmp(type) == null) {
            String builtIn = InfoCmp.getDefaultInfoCmp(type);
            if (builtIn != null) {
                InfoCmp.setLoadedInfoCmp(type, builtIn);
            }
        }
    }
}
